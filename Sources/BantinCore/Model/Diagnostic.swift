/// A message about the input, in compiler style: `path:line:col: error: message`.
///
/// Errors stop the build; warnings are collected in the build report. Messages are written for
/// the clerk who will fix the file, in Vietnamese, and say what to do.
public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Codable, Sendable { case error, warning }

    public var severity: Severity
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// What kind of problem this is, for `bantin check` (which makes some warnings errors) and for
    /// tools reading its JSON; nil for the many messages that need no name.
    public var code: Code?

    /// The problems `bantin check` names. The raw values are part of its JSON output.
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// A date no calendar has ("30/02/2026", a day 30 in a 29-day lunar month): an error for check.
        case impossibleDate = "impossible-date"
        case canChiYear = "can-chi-year"
        case deadlineBeforeMeeting = "deadline-before-meeting"
        case deadlineOutsidePeriod = "deadline-outside-period"
        case headerFieldEmpty = "header-field-empty"
    }

    public func coded(_ code: Code) -> Diagnostic {
        var diagnostic = self
        diagnostic.code = code
        return diagnostic
    }

    public init(_ severity: Severity, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, column: column, message)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, column: column, message)
    }

    public var description: String {
        // A line break or control character in a file name, or in text a message quotes, would
        // split or garble the message: each diagnostic is one line.
        var location = Self.printable(path)
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(location): \(severity.rawValue): \(Self.printable(message))"
    }

    /// `text` with control characters and line or paragraph separators written as escapes
    /// ("\n", "\u{1B}", "\u{2028}").
    public static func printable(_ text: String) -> String {
        func breaksTheLine(_ scalar: Unicode.Scalar) -> Bool {
            [.control, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
        guard text.unicodeScalars.contains(where: breaksTheLine) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where breaksTheLine(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// A place in an input file, for messages about something read from it.
public struct SourceLocation: Hashable, Sendable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}
