/// Stored as its Julian Day Number (what bantin's cache of read documents keeps): one number that
/// is always a real day, so no decoded value can be "31/02".
extension CivilDate: Codable {
    public init(from decoder: any Decoder) throws {
        let jdn = try decoder.singleValueContainer().decode(Int.self)
        guard jdn > 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Julian Day Number \(jdn) out of range"))
        }
        self.init(julianDayNumber: jdn)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(julianDayNumber)
    }
}
