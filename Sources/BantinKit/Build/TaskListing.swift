import BantinCore
import BantinRender
import BantinSite

/// `bantin tasks`: the tasks of a read site in an export format. Nothing is rendered but the
/// export text itself.
public enum TaskListing {
    public typealias Format = TaskExport.Format

    /// The tasks, optionally only those of one unit (a task given to a group counts for each of its
    /// members).
    public static func text(_ read: ReadSite, unit: String? = nil, format: Format) -> Result<String, BuildFailure> {
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
        return .success(TaskExport.render(inputs, format: format, registry: read.units))
    }
}
