/// Every template of a site, parsed once and linked: each partial and layout tag points at the
/// template it names. Templates that would include themselves (a partial in itself, two partials
/// in each other, a layout through its own block) are refused here, with the chain, rather than
/// recursing without end while a page renders.
struct CompiledTemplates: Sendable {
    /// A template that cannot be used: its file (relative to `templates/`), where, and why.
    struct Failure: Error, Sendable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String
    }

    struct Source: Sendable {
        /// The name partials and pages use: the file name without folder and extension.
        var name: String
        /// Path relative to `templates/`, for messages.
        var path: String
        var bytes: [UInt8]
    }

    private(set) var programs: [[TemplateNode]] = []
    private(set) var index: [String: Int] = [:]

    init(_ sources: [Source]) throws(Failure) {
        for source in sources {
            do {
                index[source.name] = programs.count
                programs.append(try TemplateParser.parse(source.bytes))
            } catch {
                throw Failure(path: source.path, line: error.line, column: error.column, message: error.message)
            }
        }
        for (position, source) in sources.enumerated() {
            programs[position] = try link(programs[position], in: source)
        }
        try checkRecursion(sources)
    }

    func program(named name: String) -> [TemplateNode]? { index[name].map { programs[$0] } }

    // MARK: Linking

    private func link(_ nodes: [TemplateNode], in source: Source) throws(Failure) -> [TemplateNode] {
        var linked: [TemplateNode] = []
        linked.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text, .value:
                linked.append(node)
            case .section(let name, let body, let inverted):
                linked.append(.section(name, body: try link(body, in: source), inverted: inverted))
            case .partial(let reference, let indentation):
                linked.append(.partial(try resolve(reference, in: source), indentation: indentation))
            case .layout(let reference, let indentation, let blocks):
                var linkedBlocks: [String: [TemplateNode]] = [:]
                for name in blocks.keys.sorted() { linkedBlocks[name] = try link(blocks[name]!, in: source) }
                linked.append(.layout(try resolve(reference, in: source), indentation: indentation, blocks: linkedBlocks))
            case .block(let name, let defaultBody, let indentation):
                linked.append(.block(name, defaultBody: try link(defaultBody, in: source), indentation: indentation))
            }
        }
        return linked
    }

    private func resolve(_ reference: TemplateReference, in source: Source) throws(Failure) -> TemplateReference {
        // `{{> partials/site-header}}` and `{{> site-header}}` name the same file.
        let name = String(reference.name.split(separator: "/").last ?? "")
        guard let target = index[name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name] else {
            throw failure(at: reference, in: source,
                "không có mẫu “\(reference.name)”; thêm tệp partials/\(name).mustache hoặc sửa tên trong thẻ")
        }
        var resolved = reference
        resolved.target = target
        return resolved
    }

    private func failure(at reference: TemplateReference, in source: Source, _ message: String) -> Failure {
        let place = TemplateParser.place(of: reference.offset, in: source.bytes)
        return Failure(path: source.path, line: place.line, column: place.column, message: message)
    }

    // MARK: Recursion

    /// The templates each template includes (partials and layouts, also inside sections and blocks),
    /// with the tag that includes them.
    private func includes(_ nodes: [TemplateNode]) -> [TemplateReference] {
        var found: [TemplateReference] = []
        for node in nodes {
            switch node {
            case .text, .value: continue
            case .section(_, let body, _): found += includes(body)
            case .partial(let reference, _): found.append(reference)
            case .layout(let reference, _, let blocks):
                found.append(reference)
                for name in blocks.keys.sorted() { found += includes(blocks[name]!) }
            case .block(_, let defaultBody, _): found += includes(defaultBody)
            }
        }
        return found
    }

    private func checkRecursion(_ sources: [Source]) throws(Failure) {
        let edges = programs.map(includes)
        // Depth-first, from each template in file order: a tag that leads back to a template on the
        // current path closes a loop.
        var done = Array(repeating: false, count: programs.count)
        var path: [Int] = []
        func visit(_ program: Int) -> (from: Int, reference: TemplateReference, chain: [Int])? {
            path.append(program)
            defer { path.removeLast() }
            for reference in edges[program] {
                if let start = path.firstIndex(of: reference.target) {
                    return (program, reference, Array(path[start...]) + [reference.target])
                }
                if !done[reference.target], let loop = visit(reference.target) { return loop }
            }
            done[program] = true
            return nil
        }
        for program in programs.indices where !done[program] {
            if let loop = visit(program) {
                let chain = loop.chain.map { sources[$0].name }.joined(separator: " → ")
                throw failure(at: loop.reference, in: sources[loop.from],
                    "mẫu gọi lại chính nó (\(chain)): trang sẽ không bao giờ dựng xong; bỏ thẻ {{>…}} hoặc {{<…}} tạo vòng")
            }
        }
        // A block filled in by a page that shows the same block again, directly or through the
        // templates it includes, would be filled with itself without end.
        for (position, nodes) in programs.enumerated() {
            if let problem = selfFilledBlock(in: nodes) {
                throw failure(at: problem, in: sources[position],
                    "khối {{$\(problem.name)}} được điền bằng chính nó (nội dung khối lại gọi {{$\(problem.name)}}); đổi tên một trong hai khối")
            }
        }
    }

    /// The layout tag whose block fills itself, if any; its `name` is then the block's.
    private func selfFilledBlock(in nodes: [TemplateNode]) -> TemplateReference? {
        for node in nodes {
            switch node {
            case .text, .value, .partial: continue
            case .section(_, let body, _):
                if let found = selfFilledBlock(in: body) { return found }
            case .block(_, let defaultBody, _):
                if let found = selfFilledBlock(in: defaultBody) { return found }
            case .layout(let reference, _, let blocks):
                for name in blocks.keys.sorted() {
                    var seen: Set<Int> = []
                    if shows(block: name, in: blocks[name]!, seen: &seen) {
                        var problem = reference
                        problem.name = name
                        return problem
                    }
                    if let found = selfFilledBlock(in: blocks[name]!) { return found }
                }
            }
        }
        return nil
    }

    /// Whether rendering `nodes` can reach `{{$name}}`, through sections, partials and layouts.
    private func shows(block name: String, in nodes: [TemplateNode], seen: inout Set<Int>) -> Bool {
        for node in nodes {
            switch node {
            case .text, .value: continue
            case .section(_, let body, _):
                if shows(block: name, in: body, seen: &seen) { return true }
            case .block(let other, let defaultBody, _):
                if other == name || shows(block: name, in: defaultBody, seen: &seen) { return true }
            case .partial(let reference, _):
                if seen.insert(reference.target).inserted, shows(block: name, in: programs[reference.target], seen: &seen) { return true }
            case .layout(let reference, _, let blocks):
                if seen.insert(reference.target).inserted, shows(block: name, in: programs[reference.target], seen: &seen) { return true }
                for inner in blocks.keys.sorted() where shows(block: name, in: blocks[inner]!, seen: &seen) { return true }
            }
        }
        return false
    }
}
