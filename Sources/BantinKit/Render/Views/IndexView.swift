/// The home page: the latest conclusion and every conclusion by year, newest first.
enum IndexView {
    static func make(_ conclusions: [Conclusion], context: PageContext) -> [String: Any] {
        var view = context.view(pagePath: "index.html", title: "Trang chủ", kind: "home")
        func item(_ c: Conclusion) -> [String: Any] {
            ["href": c.url, "title": c.title, "date": present(c.meta.sortDate?.vietnameseNumeric),
             "iso": c.meta.sortDate?.iso ?? "", "taskCount": c.tasks.isEmpty ? false : c.tasks.count]
        }
        view["latest"] = conclusions.first.map(item) ?? false
        var years: [(String, [[String: Any]])] = []
        for conclusion in conclusions {
            let year = conclusion.meta.sortDate.map { String($0.year) } ?? "Không rõ năm"
            if years.last?.0 == year { years[years.count - 1].1.append(item(conclusion)) } else { years.append((year, [item(conclusion)])) }
        }
        view["years"] = years.map { ["year": $0.0, "items": $0.1] }
        return view
    }
}
