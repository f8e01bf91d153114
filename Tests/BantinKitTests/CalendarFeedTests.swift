import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The iCalendar feeds read back by a maintained third-party parser (Python `icalendar`).
@Suite(.serialized) struct CalendarFeedTests {
    typealias F = CalendarFixture

    struct ParsedEvent: Decodable, Equatable {
        var uid: String
        var start: String
        var end: String
        var summary: String
        var alarms: [String]
    }

    struct ParsedCalendar: Decodable {
        var name: String
        var events: [ParsedEvent]
    }

    /// Parses each file with `icalendar` (pip install icalendar) and dumps its events as JSON.
    static let parser = """
        import json, sys
        from icalendar import Calendar
        out = {}
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                cal = Calendar.from_ical(f.read())
            events = []
            for e in cal.walk('VEVENT'):
                events.append({'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(),
                               'end': e.decoded('DTEND').isoformat(), 'summary': str(e['SUMMARY']),
                               'alarms': [str(a['TRIGGER'].to_ical().decode()) for a in e.walk('VALARM')]})
            out[path] = {'name': str(cal['X-WR-CALNAME']), 'events': events}
        json.dump(out, sys.stdout, ensure_ascii=False)
        """

    static func parse(_ paths: [URL]) throws -> [String: ParsedCalendar] {
        let result = try runTool("python3", ["-c", parser] + paths.map(\.path))
        #expect(result.status == 0, "\(result.error)")
        return try JSONDecoder().decode([String: ParsedCalendar].self, from: Data(result.output.utf8))
    }

    @Test func everyFeedParsesAndMatchesThePages() throws {
        let files = try F.exampleSite()
        let root = try files.writeToTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let feeds = files.map(\.path).filter { $0.hasSuffix(".ics") }
        #expect(feeds.count > 5)
        let parsed = try Self.parse(feeds.map { root.appendingPathComponent($0) })
        #expect(parsed.count == feeds.count)

        // The site feed against the month pages' agenda lists: same events, days and summaries.
        let site = try #require(parsed[root.appendingPathComponent("lich/bantin.ics").path])
        #expect(site.name == "Lịch hạn nhiệm vụ — Bản tin Đảng ủy xã")
        var shown: [String: (date: String, title: String)] = [:]  // first day an entry is listed on
        for path in files.map(\.path) where path.hasPrefix("lich/20") {
            for (date, day) in AgendaDay.all(files.text(path)!) {
                for entry in day.entries {
                    let key = entry.href + "|" + (entry.span ?? date)
                    if shown[key] == nil || shown[key]!.date > date { shown[key] = (date, entry.title) }
                }
            }
        }
        // The pages give each task's whole text, the feed its opening words without the label.
        func opening(_ text: String, words: Int) -> String {
            var body = text.hasSuffix(" …") ? String(text.dropLast(2)) : text
            if let comma = body.range(of: ", "), body[..<comma.lowerBound].hasSuffix(" là") {
                body = String(body[comma.upperBound...])
                body = body.prefix(1).uppercased() + body.dropFirst()
            }
            return body.split(separator: " ").prefix(words).joined(separator: " ")
        }
        let fromPages = shown.values.map { "\($0.date) \(opening($0.title, words: 8))" }.sorted()
        let fromFeed = site.events.map { "\($0.start) \(opening($0.summary, words: 8))" }.sorted()
        #expect(fromFeed == fromPages)
        // 8 tasks: 3 milestones of Bảy là, the stated date of Bốn là, and for the six others the month's
        // end plus the event or window they name (Hai là, Ba là, Sáu là, Tám là).
        #expect(site.events.count == 14)
        #expect(site.events.allSatisfy { $0.alarms == ["-P3D"] })
        // The planning period and the Tết window are multi-day events (DTEND is exclusive).
        let tet = site.events.filter { $0.uid.hasPrefix("ket-luan-thang-02-2026-nv-8-") && $0.start == "2026-02-10" }
        #expect(tet.map(\.end) == ["2026-02-27"])
        #expect(site.events.contains { $0.uid == "ket-luan-thang-02-2026-nv-4-1@bantin" && $0.start == "2026-02-16" && $0.end == "2026-02-17" })

        // Each unit feed holds exactly what its calendar pages show.
        let mttq = try #require(parsed[root.appendingPathComponent("lich/don-vi-mttq.ics").path])
        #expect(mttq.name == "Lịch hạn nhiệm vụ — " + UnitRegistry.standard.name(of: "mttq"))
        #expect(Set(mttq.events.map(\.uid)) == Set(site.events.filter { $0.uid.contains("-nv-8-") }.map(\.uid)))
    }

    /// A calendar app keeps one event per UID: subscribing again, or to next month's build,
    /// must update events, never duplicate them.
    @Test func importingTwiceGivesNoDuplicates() throws {
        let (input, conclusions) = try F.exampleExtracted(buildDate: day(29, 1, 2026))
        var later = input
        later.buildDate = day(27, 2, 2026)
        let march = F.conclusion("ket-luan-thang-03-2026", date: day(26, 2, 2026), tasks: [
            F.task("ket-luan-thang-03-2026-nv-1", "Một là, tổ chức bầu cử", label: "Một là",
                   deadlines: [Deadline(kind: .event, start: day(15, 3, 2026), end: day(15, 3, 2026), text: "ngày 15/3/2026")]),
        ])
        let first = try F.render(conclusions, input: input).writeToTemporaryFolder()
        let second = try F.render(conclusions + [march], input: later).writeToTemporaryFolder()
        defer { for url in [first, second] { try? FileManager.default.removeItem(at: url) } }
        let a = first.appendingPathComponent("lich/bantin.ics"), b = second.appendingPathComponent("lich/bantin.ics")
        let parsed = try Self.parse([a, b])
        let old = try #require(parsed[a.path]).events, new = try #require(parsed[b.path]).events

        var store: [String: ParsedEvent] = [:]
        for event in old + old { store[event.uid] = event }
        #expect(store.count == old.count)
        for event in new { store[event.uid] = event }
        #expect(store.count == new.count)
        #expect(new.count == old.count + 1)
        // The same task keeps its UID, day and summary from one build to the next.
        let byUID = Dictionary(uniqueKeysWithValues: new.map { ($0.uid, $0) })
        for event in old { #expect(byUID[event.uid] == event) }
        #expect(Set(old.map(\.uid)).count == old.count)
    }
}
