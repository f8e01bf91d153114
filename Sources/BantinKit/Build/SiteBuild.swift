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
    public static func prepare(_ input: SiteInput) -> Result<PreparedSite, BuildFailure> {
        let templates: PageRenderer
        do {
            templates = try PageRenderer(templates: input.templates, templatesPath: input.templatesPath)
        } catch {
            return .failure(BuildFailure(errors: [error], warnings: input.warnings))
        }
        return SiteReading.read(input).flatMap { read in
            let assets = input.templates.assets.map { SiteAssembler.Asset(path: $0.path, source: "\(input.templatesPath)/\($0.path)") }
            var times = read.times
            let assembled = times.measure(.assemble) {
                SiteAssembler.assemble(read.conclusions, units: read.units, config: input.config,
                                       buildDate: input.buildDate, assets: assets, unitLocations: read.unitLocations)
            }
            switch assembled {
            case .success(let model):
                let renderer = SiteRenderer(site: model, renderer: templates, templates: input.templates)
                return .success(PreparedSite(read: read, model: model, renderer: renderer, times: times))
            case .failure(let failure):
                return .failure(BuildFailure(errors: failure.errors, warnings: read.warnings))
            }
        }
    }

    /// The whole site in memory (for tests and tools; `bantin build` writes pages as they are made).
    public static func build(_ input: SiteInput) -> Result<BuildOutput, BuildFailure> {
        prepare(input).map { site in
            BuildOutput(files: site.files(), conclusions: site.read.conclusions, warnings: site.read.warnings)
        }
    }
}
