#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The two astronomical quantities Hồ Ngọc Đức's lunar calendar needs: the local day of each new
/// moon (sóc) and the major solar term (trung khí) in force at a local midnight.
///
/// The formulas are the short Meeus-style series of Hồ Ngọc Đức's "Âm lịch Việt Nam"
/// (informatik.uni-leipzig.de/~duc/amlich/). They are approximations: a new moon or a solar term
/// that falls within minutes of local midnight may land on the neighbouring day. They are kept
/// exactly as published because Vietnamese calendars are printed from this very algorithm.
enum LunarAstronomy {
    /// The mean synodic month, in days.
    static let synodicMonth = 29.530588853
    /// Julian day of the new moon numbered k = 0 (1900-01-01 ~ 13:51 UT), the origin of `k`.
    static let newMoonEpoch = 2415021.076998695

    /// The Julian Day Number of the local day on which the k-th new moon after 1900-01-01 falls.
    static func newMoonDay(_ k: Int, timeZoneHours: Double) -> Int {
        let kk = Double(k)
        let t = kk / 1236.85  // Julian centuries since 1900-01-01
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd = 2415020.75933 + 29.53058868 * kk + 0.0001178 * t2 - 0.000000155 * t3
        jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let sunAnomaly = 359.2242 + 29.10535608 * kk - 0.0000333 * t2 - 0.00000347 * t3
        let moonAnomaly = 306.0253 + 385.81691806 * kk + 0.0107306 * t2 + 0.00001236 * t3
        let latitude = 21.2964 + 390.67050646 * kk - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(sunAnomaly * dr) + 0.0021 * sin(2 * dr * sunAnomaly)
        c1 = c1 - 0.4068 * sin(moonAnomaly * dr) + 0.0161 * sin(dr * 2 * moonAnomaly)
        c1 = c1 - 0.0004 * sin(dr * 3 * moonAnomaly)
        c1 = c1 + 0.0104 * sin(dr * 2 * latitude) - 0.0051 * sin(dr * (sunAnomaly + moonAnomaly))
        c1 = c1 - 0.0074 * sin(dr * (sunAnomaly - moonAnomaly)) + 0.0004 * sin(dr * (2 * latitude + sunAnomaly))
        c1 = c1 - 0.0004 * sin(dr * (2 * latitude - sunAnomaly)) - 0.0006 * sin(dr * (2 * latitude + moonAnomaly))
        c1 = c1 + 0.0010 * sin(dr * (2 * latitude - moonAnomaly)) + 0.0005 * sin(dr * (2 * moonAnomaly + sunAnomaly))
        // ΔT (TT − UT) in days, with separate fits before and after ~1900.
        let deltaT =
            t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        let julianDay = jd + c1 - deltaT
        return floorInt(julianDay + 0.5 + timeZoneHours / 24)
    }

    /// The major solar term in force at the local midnight that starts day `jdn`, as the sun's
    /// apparent longitude in 30° sectors: 0 = from the spring equinox (Xuân phân) … 9 = from the
    /// winter solstice (Đông chí) … 11.
    static func sunLongitudeSector(atStartOf jdn: Int, timeZoneHours: Double) -> Int {
        let t = (Double(jdn) - 2451545.5 - timeZoneHours / 24) / 36525  // centuries since J2000.0
        let t2 = t * t
        let dr = Double.pi / 180
        let meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * meanAnomaly)
        centre += (0.019993 - 0.000101 * t) * sin(dr * 2 * meanAnomaly) + 0.000290 * sin(dr * 3 * meanAnomaly)
        var longitude = (meanLongitude + centre) * dr
        longitude -= 2 * Double.pi * Double(floorInt(longitude / (2 * Double.pi)))
        return floorInt(longitude / Double.pi * 6)
    }

    /// The index k of the new moon nearest to a given day (for stepping month by month).
    static func newMoonIndex(near jdn: Int) -> Int {
        floorInt((Double(jdn) - newMoonEpoch) / synodicMonth + 0.5)
    }

    static func floorInt(_ x: Double) -> Int { Int(x.rounded(.down)) }
}
