/// How large the files that grow with the site may get, so that no page, script or feed of even a
/// very large site (10,000 conclusions) passes 1 MiB. Tests scale them down to try the bound on a
/// small corpus.
public struct SiteLimits: Hashable, Sendable {
    /// The weight of the rows of one page of a list (`Paging`): with the markup around each row
    /// (counted in the weights) a page stays near half a MiB.
    public var page: Int
    /// About this many bytes of postings per word shard of the search index, and of records per
    /// record shard.
    public var searchShard: Int
    /// The events of one iCalendar feed, in bytes.
    public var feed: Int
    /// The tasks the home page offers the browser to pick the coming deadlines from.
    public var upcomingTasks: Int

    public init(page: Int, searchShard: Int, feed: Int, upcomingTasks: Int = 200) {
        self.page = page
        self.searchShard = searchShard
        self.feed = feed
        self.upcomingTasks = upcomingTasks
    }

    public static let standard = SiteLimits(page: 480_000, searchShard: 300_000, feed: 900_000, upcomingTasks: 200)

    /// The limits times `factor` (0.03 for a corpus of 300 documents instead of 10,000).
    public func scaled(_ factor: Double) -> SiteLimits {
        SiteLimits(page: Int(Double(page) * factor), searchShard: Int(Double(searchShard) * factor), feed: Int(Double(feed) * factor),
                   upcomingTasks: max(1, Int(Double(upcomingTasks) * factor)))
    }
}

/// Lists too long for one page are cut into pages of bounded size (`SiteLimits.page`). The cut
/// depends only on the items, never on the day of the build; the first page keeps the list's
/// address and the others follow it (`SitePaths.continuation`).
public enum Paging {
    /// Consecutive items packed into pages of at most `budget` (an item heavier than the budget
    /// gets a page of its own). Never empty: an empty list is one empty page.
    public static func split<T>(_ items: [T], budget: Int, weight: (T) -> Int) -> [[T]] {
        var pages: [[T]] = [[]]
        var used = 0
        for item in items {
            let cost = weight(item)
            if used + cost > budget, !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(item)
            used += cost
        }
        return pages
    }

    /// The weight of a row that shows a task: its text as written (escaped, perhaps twice on a
    /// page: screen and print) and the markup around it.
    public static func taskWeight(_ text: String, copies: Int = 1) -> Int { text.utf8.count * copies + 900 }
}

/// A list shown over one or more pages: the items of each page, and their addresses.
public struct PagedList<Item: Sendable>: Sendable {
    /// The address of the first page.
    public var path: String
    public var pages: [[Item]]

    public init(path: String, pages: [[Item]]) {
        self.path = path
        self.pages = pages.isEmpty ? [[]] : pages
    }

    /// Every page's address, in order.
    public var paths: [String] { pages.indices.map { SitePaths.continuation(path, page: $0 + 1) } }

    public var items: [Item] { pages.flatMap { $0 } }
    /// How many items the pages hold, without gathering them (every page shows the total).
    public var count: Int { pages.reduce(0) { $0 + $1.count } }
    public var isEmpty: Bool { pages.allSatisfy(\.isEmpty) }
}
