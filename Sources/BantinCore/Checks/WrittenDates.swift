import LunarCalendar

/// The checks of what is written about dates in a conclusion's text, line by line: days that do
/// not exist (`DateExistence`) and year names that do not fit (`CanChiYearNames`). The read API runs
/// them, so `bantin build` warns of them and `bantin check` reports them.
public enum WrittenDates {
    /// - Parameters:
    ///   - text: the Markdown that was read; `fileLine` maps its 1-based lines to the file's.
    ///   - context: the conclusion's date (meeting, else issue), for year-less dates.
    public static func diagnostics(in text: String, path: String, context: CivilDate?,
                                   fileLine: (Int) -> Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var number = 0
        for line in text.lines {
            number += 1
            let line = String(line)
            for finding in DateExistence.findings(in: line, context: context) {
                diagnostics.append(Diagnostic.warning(path, line: fileLine(number), column: column(finding.offset, in: line),
                                                      finding.message).coded(.impossibleDate))
            }
            guard mentionsStem(line) else { continue }
            for finding in CanChiYearNames.findings(in: line, context: context) {
                diagnostics.append(Diagnostic.warning(path, line: fileLine(number), column: column(finding.offset, in: line),
                                                      finding.message).coded(.canChiYear))
            }
        }
        return diagnostics
    }

    /// The stems' names as UTF-8: the text is NFC (`TextNormalization`), so bytes compare.
    private static let stemBytes = CanChi.stemNames.map { Array($0.utf8) }

    /// Whether the line holds a stem's name ("Bính", "Quý" …), compared byte by byte: Foundation's
    /// `contains` took a fifth of a build's CPU here.
    static func mentionsStem(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return stemBytes.contains { bytes.contains(bytes: $0) }
    }

    /// 1-based column in characters of a UTF-8 offset.
    static func column(_ offset: Int, in line: String) -> Int {
        String(decoding: line.utf8.prefix(offset), as: UTF8.self).count + 1
    }
}
