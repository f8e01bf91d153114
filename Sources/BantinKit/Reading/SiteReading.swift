import BantinCore
import BantinSite
import Markdown

/// A site read and extracted, without any page rendered: what `bantin tasks` prints and
/// `bantin build` assembles.
public struct ReadSite: Sendable {
    /// Newest first.
    public var conclusions: [Conclusion]
    /// The built-in units with the site's own (`units.yml`).
    public var units: UnitRegistry
    /// Where the units file declares each of the site's units, for messages.
    public var unitLocations: [String: SourceLocation]
    /// Every warning of loading, reading and extraction, file by file.
    public var warnings: [Diagnostic]
    /// Time spent reading and extracting, summed over the documents.
    public var times = StageTimes()
    /// How many documents came from the cache of earlier builds instead of being read again.
    public var cachedDocuments = 0
    /// Each conclusion's document-cache key (by conclusion id), when read with a cache.
    public var documentKeys: [String: String] = [:]
    /// Each task's digest (by task id, `DocumentCache.taskKeys(of:)`), when read with a cache.
    public var taskKeys: [String: String] = [:]
    /// What assembly works out from each conclusion alone (by conclusion id), when read for a build.
    public var derivations: [String: ConclusionDerivation] = [:]
}

/// The public read API, shared by `bantin build`, `bantin tasks` (and a `check` command): loads the
/// site's units, then reads and extracts every document on all cores. Errors in any document are
/// collected, so one run reports every broken file at once. With a cache, a document whose inputs
/// are unchanged since an earlier build is taken from it instead (only good readings are kept:
/// a file with errors is read again each time, so its messages are always fresh).
public enum SiteReading {
    /// - Parameter derive: also work out what assembly needs from each conclusion alone
    ///   (`ConclusionDerivation`), here on all cores and kept in the cache, for a build.
    public static func read(_ input: SiteInput, cache: DocumentCache? = nil, derive: Bool = false) -> Result<ReadSite, BuildFailure> {
        var warnings = input.warnings
        var errors: [Diagnostic] = []
        let units: (registry: UnitRegistry, locations: [String: SourceLocation])
        do {
            units = try Self.units(input.unitsFile, warnings: &warnings)
        } catch {
            return .failure(BuildFailure(errors: error.errors, warnings: warnings + error.warnings))
        }

        let options = MarkdownDocument.Options(allowRawHTML: input.config.rawHTML,
                                               maximumBytes: input.config.maxFileBytes)
        let registry = units.registry
        let context = cache?.context(input)
        let knownDigests = cache.map { SourceDigests.load($0.sourceDigests) } ?? [:]
        @Sendable func derivation(_ read: (result: Result<(Conclusion, [Diagnostic]), BuildFailure>, times: StageTimes)) -> ConclusionDerivation? {
            guard derive, case .success(let (conclusion, _)) = read.result else { return nil }
            return ConclusionDerivation.of(conclusion)
        }
        let results = parallelMap(input.sources) { source in
            guard let cache, let context else {
                let read = DocumentReading.timedRead(source, options: options, registry: registry)
                return (read, key: String?.none, digest: String?.none, cached: false, derived: derivation(read), taskKeys: [String]())
            }
            let digest = DocumentCache.digest(of: source, known: knownDigests)
            let key = cache.key(source, context: context, digest: digest)
            if let stored = cache.load(key), stored.derived != nil || !derive {
                return ((Result.success((stored.conclusion, stored.warnings)), StageTimes()), key: key, digest: digest, cached: true,
                        derived: stored.derived, taskKeys: stored.taskKeys)
            }
            let read = DocumentReading.timedRead(source, options: options, registry: registry)
            let derived = derivation(read)
            var taskKeys: [String] = []
            if case .success(let (conclusion, warnings)) = read.result {
                taskKeys = DocumentCache.taskKeys(of: conclusion)
                cache.store(key, .init(conclusion: conclusion, warnings: warnings, derived: derived, taskKeys: taskKeys))
            }
            return (read, key: key, digest: digest, cached: false, derived: derived, taskKeys: taskKeys)
        }
        if let cache {
            cache.prune(keeping: Set(results.compactMap(\.key)))
            var digests: [String: SourceDigests.Entry] = [:]
            for (source, result) in zip(input.sources, results) {
                if let stamp = source.stamp, let digest = result.digest { digests[source.path] = .init(stamp: stamp, digest: digest) }
            }
            if digests != knownDigests { SourceDigests.store(digests, to: cache.sourceDigests) }
        }
        var conclusions: [Conclusion] = []
        var keys: [String: String] = [:]
        var derivations: [String: ConclusionDerivation] = [:]
        var taskKeys: [String: String] = [:]
        for ((result, _), key, _, _, derived, documentTaskKeys) in results {
            switch result {
            case .success(let (conclusion, documentWarnings)):
                conclusions.append(conclusion)
                keys[conclusion.id] = key
                derivations[conclusion.id] = derived
                for (task, taskKey) in zip(conclusion.tasks, documentTaskKeys) { taskKeys[task.id] = taskKey }
                warnings += documentWarnings
            case .failure(let failure):
                errors += failure.errors
                warnings += failure.warnings
            }
        }
        // Ids are the conclusions' identity (task ids, pages): two files with one id are an error
        // even when no page is made.
        errors += conclusions.idCollisions()
        // Every file found is a conclusion or an error: a site is never published short of one.
        if errors.isEmpty, conclusions.count != input.sources.count {
            let read = Set(conclusions.map(\.path))
            for source in input.sources where !read.contains(source.path) {
                errors.append(.error(source.path, "tệp có trong thư mục nội dung nhưng không thành kết luận nào; kiểm tra tệp này"))
            }
        }
        guard errors.isEmpty else { return .failure(BuildFailure(errors: errors, warnings: warnings)) }
        return .success(ReadSite(conclusions: conclusions.sortedNewestFirst(), units: registry,
                                 unitLocations: units.locations, warnings: warnings, times: results.map(\.0.times).sum(),
                                 cachedDocuments: results.filter(\.cached).count, documentKeys: keys, taskKeys: taskKeys,
                                 derivations: derivations))
    }

    /// The built-in units extended by the site's units file, if any. Bad entries are errors.
    static func units(_ file: (path: String, text: String)?, warnings: inout [Diagnostic]) throws(BuildFailure)
        -> (registry: UnitRegistry, locations: [String: SourceLocation])
    {
        guard let file else { return (.standard, [:]) }
        let (config, parsing) = UnitsFileParser.parse(TextNormalization.normalize(file.text), path: file.path)
        let (registry, merging) = UnitRegistry.site(config, path: file.path)
        let diagnostics = parsing + merging
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw BuildFailure(errors: errors, warnings: diagnostics.filter { $0.severity == .warning }) }
        warnings += diagnostics
        var locations: [String: SourceLocation] = [:]
        for unit in config.units { locations[unit.id] = SourceLocation(path: file.path, line: config.lines[unit.id]) }
        return (registry, locations)
    }
}
