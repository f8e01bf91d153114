import BantinCore
import BantinSite
import Foundation
import Markdown

/// Renders a conclusion's body through cmark, with the marks that tie the text to its tasks:
/// an anchor at each task item, a link on each unit named, a `<time>` on each date phrase, and
/// classes on section and sub-section titles for print.
public enum BodyRenderer {
    /// Parses the conclusion's Markdown again (cmark takes a fraction of a millisecond; reading kept
    /// only the text and values) and renders its body with the marks of its tasks.
    static func render(_ conclusion: SiteConclusion, units: SiteUnits, allowRawHTML: Bool) -> String {
        // The size limit was checked when the document was read.
        let options = MarkdownDocument.Options(allowRawHTML: allowRawHTML, maximumBytes: .max)
        // cmark fails only when memory runs out; the text parsed once already when it was read.
        guard let markdown = try? MarkdownDocument(forRendering: conclusion.body, options: options) else { return "" }
        let page = conclusion.page
        return render(markdown, document: conclusion.document, tasks: conclusion.tasks.map(\.item)) { unitID in
            units.hasPage(unitID) ? SitePaths.link(from: page, to: SitePaths.unit(unitID)) : nil
        }
    }

    /// - Parameters:
    ///   - unitURL: the page of a unit, relative to the bulletin page, or nil when it has none.
    static func render(_ markdown: consuming MarkdownDocument, document: ConclusionDocument,
                       tasks: [TaskItem], unitURL: (String) -> String?) -> String {
        var annotations: [TextAnnotation] = []
        for task in tasks {
            guard let path = task.blockPath else { continue }
            // A directive split out of a long paragraph starts `sourceOffset` bytes into it.
            let segments = [TextSegment(path: path, offset: -task.sourceOffset, start: 0)] + task.segments
            annotations.append(TextAnnotation(path: path, range: task.sourceOffset..<task.sourceOffset,
                openingHTML: "<span class=\"task-anchor\" id=\"\(HTML.escape(SitePaths.Anchor.task(task)))\"></span>", closingHTML: ""))
            // Map a range of the task's text to the paragraph it lies in.
            func place(_ range: Range<Int>) -> (path: [Int], range: Range<Int>)? {
                guard let segment = segments.last(where: { $0.start <= range.lowerBound }) else { return nil }
                return (segment.path, (range.lowerBound - segment.offset)..<(range.upperBound - segment.offset))
            }
            if !task.label.isEmpty, task.text.hasPrefix(task.label) {
                annotations.append(TextAnnotation(path: path, range: 0..<task.label.utf8.count,
                                                  openingHTML: "<span class=\"task-label\">", closingHTML: "</span>"))
            }
            var anchoredUnits: Set<String> = []
            for unit in task.units {
                guard let range = unit.range, let target = place(range) else { continue }
                // The first mention of each unit carries an id, so unit pages can link to the sentence.
                let id = anchoredUnits.insert(unit.unitID).inserted
                    ? " id=\"\(HTML.escape(SitePaths.Anchor.mentionID(of: unit.unitID, in: task)))\"" : ""
                if let url = unitURL(unit.unitID) {
                    annotations.append(TextAnnotation(path: target.path, range: target.range,
                        openingHTML: "<a class=\"unit\"\(id) href=\"\(HTML.escape(url))\" title=\"\(HTML.escape(unit.role.displayName))\">",
                        closingHTML: "</a>"))
                } else if !id.isEmpty {
                    annotations.append(TextAnnotation(path: target.path, range: target.range,
                        openingHTML: "<span class=\"unit-mention\"\(id)>", closingHTML: "</span>"))
                }
            }
            for deadline in task.deadlines {
                guard let range = deadline.range, let target = place(range), let date = deadline.end ?? deadline.start else { continue }
                var title = deadline.start.map { $0.vietnameseNumeric } ?? ""
                if let start = deadline.start, let end = deadline.end, start != end {
                    title = "\(start.vietnameseNumeric) – \(end.vietnameseNumeric)"
                }
                annotations.append(TextAnnotation(path: target.path, range: target.range,
                    openingHTML: "<time datetime=\"\(date.iso)\" title=\"\(HTML.escape(title))\">", closingHTML: "</time>"))
            }
        }
        let blocks = markdown.renderBlocksHTML(topLevel: document.bodyBlocks, annotations: annotations)
        var html = ""
        for (offset, block) in blocks.enumerated() {
            let index = document.bodyBlocks.lowerBound + offset
            if document.sectionTitleBlocks.contains(index) {
                html += addClass("section-title", to: block)
            } else if document.subsectionTitleBlocks.contains(index) {
                html += addClass("subsection-title", to: block)
            } else {
                html += block
            }
        }
        return html
    }

    /// Adds a class to the first tag of cmark's HTML for one block (`<p>`, `<ol>`, `<ol start="2">`, `<h2>`).
    static func addClass(_ name: String, to html: String) -> String {
        guard html.hasPrefix("<"), let close = html.firstIndex(of: ">") else { return html }
        let tag = html[html.index(after: html.startIndex)..<close]
        let tagName = tag.prefix(while: { $0.isLetter || $0.isNumber })
        return "<\(tagName) class=\"\(name)\"\(tag.dropFirst(tagName.count))" + html[close...]
    }
}
