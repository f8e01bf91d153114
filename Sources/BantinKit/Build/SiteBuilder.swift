import BantinFormats

/// Builds a whole site from its input, as a function of values:
///
///     load (done by SiteLoader) → read → extract → assemble → render → (publish, by OutputPublisher)
///
/// Errors in any document are collected, so one build reports every broken file at once.
public enum SiteBuilder {
    public static func build(_ input: SiteInput) -> Result<BuildOutput, BuildFailure> {
        // Templates first: a broken template would break every page.
        let renderer: PageRenderer
        do {
            renderer = try PageRenderer(templates: input.templates, templatesPath: input.templatesPath)
        } catch {
            return .failure(BuildFailure(errors: [error], warnings: input.warnings))
        }
        let read: ReadSite
        switch readSite(input) {
        case .success(let value): read = value
        case .failure(let failure): return .failure(failure)
        }
        let site = SiteAssembler.assemble(read.conclusions, config: input.config, units: read.units, buildDate: input.buildDate)
        let files = SiteRenderer(site: site, renderer: renderer, templates: input.templates).render()
        return .success(BuildOutput(files: files, conclusions: site.conclusions, warnings: read.warnings))
    }

    /// The conclusions of a site, read and extracted, newest first, with the registry they were read
    /// against: what `bantin tasks` prints, without rendering pages.
    struct ReadSite {
        var conclusions: [Conclusion]
        var units: UnitCatalog
        var warnings: [Diagnostic]
    }

    static func readSite(_ input: SiteInput) -> Result<ReadSite, BuildFailure> {
        var warnings = input.warnings
        var errors: [Diagnostic] = []
        let units: UnitCatalog
        do {
            units = try UnitCatalog(siteFile: input.unitsFile)
            warnings += units.warnings
        } catch {
            return .failure(BuildFailure(errors: error.errors, warnings: warnings + error.warnings))
        }

        // Read and extract each document, on all cores.
        let options = MarkdownDocument.Options(allowRawHTML: input.config.rawHTML,
                                               maximumBytes: input.config.maxFileKiB * 1024)
        let processed = parallelMap(input.sources) { source in
            DocumentStage.process(source, options: options, units: units)
        }
        var conclusions: [Conclusion] = []
        for result in processed {
            switch result {
            case .success(let (conclusion, documentWarnings)):
                conclusions.append(conclusion)
                warnings += documentWarnings
            case .failure(let failure):
                errors += failure.errors
                warnings += failure.warnings
            }
        }
        errors += SiteAssembler.collisions(in: conclusions)
        guard errors.isEmpty else {
            return .failure(BuildFailure(errors: errors, warnings: warnings))
        }
        return .success(ReadSite(conclusions: conclusions.sortedNewestFirst(), units: units, warnings: warnings))
    }

    /// The tasks of a site in the export shape of `bantin tasks`, optionally only those of one unit
    /// (a task given to a group counts for each of its members).
    public static func taskExport(_ input: SiteInput, unit: String? = nil, format: TaskExport.Format)
        -> Result<(text: String, warnings: [Diagnostic]), BuildFailure>
    {
        readSite(input).flatMap { read in
            if let unit, read.units.unit(unit) == nil {
                let known = read.units.all.map(\.id).joined(separator: ", ")
                return .failure(BuildFailure(errors: [.error("--unit", "không có đơn vị \"\(unit)\"; các mã đơn vị: \(known)")]))
            }
            let inputs = read.conclusions.map { conclusion in
                var tasks = conclusion.tasks
                if let unit {
                    tasks = tasks.filter { task in
                        task.units.contains { $0.unitID == unit || read.units.registry.expand($0.unitID).contains(unit) }
                    }
                }
                return TaskExportInput(conclusionID: conclusion.id, source: conclusion.relativePath, title: conclusion.title,
                                       meetingDate: conclusion.meta.meetingDate, period: conclusion.meta.period, tasks: tasks)
            }
            return .success((TaskExport.render(inputs, format: format, registry: read.units.registry), read.warnings))
        }
    }
}

/// The per-document stage: bytes to a rendered conclusion. Runs in parallel, one document each.
enum DocumentStage {
    static func process(_ file: SiteInput.SourceFile, options: MarkdownDocument.Options, units: UnitCatalog)
        -> Result<(Conclusion, [Diagnostic]), BuildFailure>
    {
        do {
            let converted = try SourceConversion.markdown(of: file, maximumBytes: options.maximumBytes)
            var source = try SourceDocument(text: converted.markdown, path: file.path, relativePath: file.relativePath)
            source.sourceLines = converted.sourceLines
            let id = try conclusionID(source)
            let read = try ConclusionPipeline.read(source, options: options)
            var warnings = converted.warnings + read.warnings
            let document = read.document
            let (tasks, extraction) = units.extractTasks(from: document, conclusionID: id, source: source)
            // A correction that cannot be read is bad input, like broken front matter: stop.
            let errors = extraction.filter { $0.severity == .error }
            guard errors.isEmpty else { return .failure(BuildFailure(errors: errors, warnings: warnings)) }
            warnings += extraction
            let body = BodyRenderer.render(read.markdown, document: document, tasks: tasks) { unitID in
                units.hasPage(unitID) ? "../don-vi/\(unitID).html" : nil
            }
            var conclusion = Conclusion(id: id, path: file.path, relativePath: file.relativePath,
                                        document: document, tasks: tasks, bodyHTML: body)
            for task in tasks { conclusion.summaries[task.id] = TaskTableView.summary(task.text) }
            return .success((conclusion, warnings))
        } catch {
            return .failure(BuildFailure(errors: [error]))
        }
    }

    /// The conclusion's id and slug: the front matter's `slug`, else the file name.
    static func conclusionID(_ source: SourceDocument) throws(Diagnostic) -> String {
        if let wanted = source.frontMatter.slug {
            let slug = Slug(wanted)
            guard slug.value == wanted else {
                throw .error(source.path, line: 2, "slug \"\(wanted)\" chỉ được có chữ thường không dấu, số và dấu gạch ngang; ví dụ: \"\(slug.value)\"")
            }
            return slug.value
        }
        let name = source.relativePath.split(separator: "/").last.map(String.init) ?? source.relativePath
        // "bao-cao.docx" and "bao-cao.md" give the same page: the collision check says so.
        return Slug(SourceFormat.stem(of: name), fallback: "ket-luan").value
    }
}
