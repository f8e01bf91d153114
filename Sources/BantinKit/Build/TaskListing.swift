import BantinCore
import BantinFormats
import BantinRender
import BantinSite

/// `bantin tasks`: the tasks of a read site in an export format. Nothing is rendered but the
/// export itself.
public enum TaskListing {
    public typealias Format = TaskExport.Format

    /// The tasks, optionally only those of one unit (a task given to a group counts for each of its
    /// members): text for the table, JSON and CSV (with `delimiter`), bytes for the workbook.
    public static func export(_ read: ReadSite, unit: String? = nil, format: Format, delimiter: Character = ",")
        -> Result<[UInt8], BuildFailure>
    {
        let units = SiteUnits(read.units)
        if let unit, units.unit(unit) == nil {
            let known = units.all.map(\.id).joined(separator: ", ")
            return .failure(BuildFailure(errors: [.error("--unit", "không có đơn vị \"\(unit)\"; các mã đơn vị: \(known)")]))
        }
        let inputs = read.conclusions.map { conclusion in
            var tasks = conclusion.tasks
            if let unit { tasks = tasks.filter { units.reach($0.units).contains(unit) } }
            return TaskExportInput(conclusionID: conclusion.id, source: conclusion.relativePath, title: conclusion.title,
                                   meetingDate: conclusion.meta.meetingDate, period: conclusion.meta.period, tasks: tasks)
        }
        switch format {
        case .table: return .success(Array(TaskExport.table(inputs, registry: read.units).utf8))
        case .json: return .success(Array(TaskExport.json(inputs, registry: read.units).utf8))
        case .csv:
            return .success(Array(TaskExport.csv(TaskExport.progressTable(inputs, units: units, unit: unit), delimiter: delimiter).utf8))
        case .xlsx:
            return .success(XLSXWriter.workbook([TaskExport.progressTable(inputs, units: units, unit: unit), TaskExport.guideTable]))
        }
    }

    /// The tasks as text (every format but the workbook).
    public static func text(_ read: ReadSite, unit: String? = nil, format: Format) -> Result<String, BuildFailure> {
        export(read, unit: unit, format: format).map { String(decoding: $0, as: UTF8.self) }
    }
}
