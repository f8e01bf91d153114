import BantinCore
import BantinRender
import BantinSite

/// A site ready to render: read, extracted and assembled, its templates parsed. Everything that
/// can be wrong with the input has been found; only rendering and writing remain.
public struct PreparedSite: Sendable {
    public let read: ReadSite
    public let model: SiteModel
    let renderer: SiteRenderer
    /// Time spent reading, extracting and assembling.
    public let times: StageTimes

    /// Every file the site will have, each made from one source (collisions are errors).
    public var outputPaths: [String] { model.outputs.paths }

    /// Renders every file into `sink` as it is made; returns how many were written and the time taken.
    @discardableResult
    public func render(into sink: some OutputSink) throws(OutputWriteError) -> RenderSummary {
        try renderer.render(into: sink)
    }

    /// Every file, in memory, sorted by path.
    public func files() -> [OutputFile] { renderer.files() }
}

/// Builds a whole site from its input, as a function of values:
///
///     load (SiteLoader) → read → extract (SiteReading) → assemble (SiteAssembler) → render (SiteRenderer)
///     → publish (OutputPublisher)
public enum SiteBuild {
    /// Everything up to rendering. Templates first: a broken template would break every page.
    /// The files' bytes are let go once they are read (each conclusion keeps its text), before
    /// assembly, where memory peaks: at 10,000 conclusions they are some 150 MB.
    public static func prepare(_ input: consuming SiteInput, cache: DocumentCache? = nil) -> Result<PreparedSite, BuildFailure> {
        let templates: PageRenderer
        do {
            templates = try PageRenderer(templates: input.templates, templatesPath: input.templatesPath)
        } catch {
            return .failure(BuildFailure(errors: [error], warnings: input.warnings))
        }
        let reading = SiteReading.read(input, cache: cache, derive: true)
        input.sources = []
        let input = copy input
        return reading.flatMap { read in
            let progress = input.progressFile.map(ProgressReading.read) ?? (records: [], errors: [], warnings: [])
            let warnings = read.warnings + progress.warnings
            let assets = input.templates.assets.map { SiteAssembler.Asset(path: $0.path, source: "\(input.templatesPath)/\($0.path)") }
            var times = read.times
            let assembled = times.measure(.assemble) {
                SiteAssembler.assemble(read.conclusions, units: read.units, config: input.config,
                                       buildDate: input.buildDate, derived: read.derivations, assets: assets, progress: progress.records,
                                       unitLocations: read.unitLocations, limits: input.limits)
            }
            // Bad rows of the status file and rows naming no task of the site are reported together,
            // in the order of the file, so the office fixes the sheet in one go.
            func withRowErrors(_ errors: [Diagnostic]) -> [Diagnostic] {
                guard let path = input.progressFile?.path, !progress.errors.isEmpty else { return errors }
                let (sheet, others) = (progress.errors + errors).reduce(into: ([Diagnostic](), [Diagnostic]())) { parts, error in
                    if error.path == path { parts.0.append(error) } else { parts.1.append(error) }
                }
                return others + sheet.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
            }
            switch assembled {
            case .success where !progress.errors.isEmpty:
                return .failure(BuildFailure(errors: withRowErrors([]), warnings: warnings))
            case .success(let model):
                // With a cache, pages are fingerprinted so that the next build renders only those whose inputs changed.
                let inputs = cache?.renderInputs(input, documentKeys: read.documentKeys, taskKeys: read.taskKeys, outputPaths: model.outputs.paths)
                let renderer = SiteRenderer(site: model, renderer: templates, templates: input.templates, inputs: inputs)
                var read = read
                read.warnings = warnings
                return .success(PreparedSite(read: read, model: model, renderer: renderer, times: times))
            case .failure(let failure):
                return .failure(BuildFailure(errors: withRowErrors(failure.errors), warnings: warnings))
            }
        }
    }

    /// The whole site in memory (for tests and tools; `bantin build` writes pages as they are made).
    public static func build(_ input: SiteInput, cache: DocumentCache? = nil) -> Result<BuildOutput, BuildFailure> {
        prepare(input, cache: cache).map { site in
            BuildOutput(files: site.files(), conclusions: site.read.conclusions, warnings: site.read.warnings,
                        cachedDocuments: site.read.cachedDocuments)
        }
    }
}
