import VanBan

/// The differential corpus benchmark (eyecite-style): how many citations a
/// corpus yields, by form and kind and number shape, how many resolve, what
/// share validate cleanly (no VB4xx finding), and the findings per rule with
/// samples to read.
public struct CitationBenchmark: Sendable {
    public struct Sample: Sendable {
        public var source: String
        public var line: Int
        public var code: String
        public var message: String
        public var text: String
    }

    public var files = 0
    public var documents = 0
    public var citations = 0
    public var byForm: [String: Int] = [:]
    public var byKind: [String: Int] = [:]
    /// Numbered citations by number shape: administrative, normative, law
    /// (QH/UBTVQH), joint (TTLT), party.
    public var byShape: [String: Int] = [:]
    /// Citations that resolved to an antecedent, the document itself or a unit.
    public var resolved = 0
    /// Numbered/named citations that repeat an earlier one (linked to it).
    public var repeats = 0
    public var deictic = 0
    public var deicticResolved = 0
    public var internalRefs = 0
    public var internalResolved = 0
    /// Numbered or named citations (the ones validation looks at).
    public var validated = 0
    /// Of those, the ones with no VB4xx finding inside their range.
    public var clean = 0
    public var findingsByRule: [String: Int] = [:]
    public var findingsBySeverity: [String: Int] = [:]
    public var findingsByRuleAndSeverity: [String: Int] = [:]
    public var samples: [Sample] = []

    public init() {}

    /// The shape of a cited number.
    public static func shape(_ n: DocumentNumber) -> String {
        if n.isPartyStyle { return "party" }
        if n.symbolParts.first == "TTLT" || n.symbolParts.first == "NQLT" { return "joint" }
        if let i = n.issuerCode, (i.hasPrefix("QH") || i.hasPrefix("UBTVQH")), n.typeCode == nil { return "law-qh" }
        if n.year != nil { return "normative" }
        return "administrative"
    }

    /// Adds one text. `samplesPerRule` caps the samples kept for each rule.
    public mutating func add(source: String, text: SourceText, options: LintOptions = LintOptions(), samplesPerRule: Int = 8) {
        files += 1
        var opts = options
        opts.select = ["VB4"]
        let result = Linter.lint(text, options: opts)
        let doc = result.document
        if doc.isDocument { documents += 1 }
        let graph = CitationResolver.resolve(doc)
        citations += graph.citations.count
        let diags = result.diagnostics
        for (i, c) in graph.citations.enumerated() {
            byForm[c.form.rawValue, default: 0] += 1
            byKind[c.kind?.rawValue ?? (c.form == .internalUnits ? "(units)" : "(none)"), default: 0] += 1
            if let n = c.number { byShape[Self.shape(n), default: 0] += 1 }
            let r = graph.resolutions[i]
            // Resolved: a repeat linked to its first citation, a deictic or
            // unit reference linked to a document or a unit of this one.
            switch c.form {
            case .numbered, .named:
                if r.antecedent != nil { repeats += 1; resolved += 1 }
            case .deictic:
                deictic += 1
                if r.target != .unresolved && (c.units.isEmpty || r.node != nil) || r.antecedent != nil { resolved += 1; deicticResolved += 1 }
            case .internalUnits:
                internalRefs += 1
                if r.node != nil || r.antecedent != nil { resolved += 1; internalResolved += 1 }
            }
            if c.form == .numbered || c.form == .named {
                validated += 1
                if !diags.contains(where: { $0.range.start < c.range.end && c.range.start < $0.range.end || $0.range == c.range }) { clean += 1 }
            }
        }
        for d in diags {
            findingsByRule[d.code, default: 0] += 1
            findingsBySeverity[d.severity.rawValue, default: 0] += 1
            findingsByRuleAndSeverity[d.code + " " + d.severity.rawValue, default: 0] += 1
            if samples.filter({ $0.code.hasPrefix(d.code) }).count < samplesPerRule {
                let line = doc.source.line(of: d.range.start)
                let lr = doc.source.lineRange(line)
                var t = doc.cleanText(lr)
                if t.unicodeScalars.count > 220 {
                    // Keep the part around the finding.
                    let from = max(lr.start, doc.source.scalarBoundary(atOrBefore: max(lr.start, d.range.start - 80)))
                    let to = doc.source.scalarBoundary(atOrBefore: min(lr.end, d.range.end + 80))
                    t = "…" + doc.cleanText(TextRange(from, max(from, to))) + "…"
                }
                samples.append(Sample(source: source, line: line + 1, code: d.code + " " + d.severity.rawValue, message: d.message.vi, text: t))
            }
        }
    }

    /// A plain-text report.
    public func report() -> String {
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(Int((Double(a) * 1000 / Double(b)).rounded()) / 10) + "." + String(Int((Double(a) * 1000 / Double(b)).rounded()) % 10) + "%" }
        func table(_ d: [String: Int]) -> String {
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: "\n")
        }
        var s = "files: \(files) (documents: \(documents))\n"
        s += "citations: \(citations); linked: \(resolved) (\(pct(resolved, citations)))\n"
        s += "  repeats linked to their first citation: \(repeats)\n"
        s += "  deictic resolved: \(deicticResolved) of \(deictic) (\(pct(deicticResolved, deictic)))\n"
        s += "  unit references resolved to a unit of the text: \(internalResolved) of \(internalRefs) (\(pct(internalResolved, internalRefs)))\n"
        s += "by form:\n" + table(byForm) + "\n"
        s += "by kind:\n" + table(byKind) + "\n"
        s += "numbered by shape:\n" + table(byShape) + "\n"
        s += "validated (numbered + named): \(validated); clean (no VB4xx finding): \(clean) (\(pct(clean, validated)))\n"
        s += "findings by rule:\n" + table(findingsByRule) + "\n"
        s += "findings by severity:\n" + table(findingsBySeverity) + "\n"
        s += "findings by rule and severity:\n" + findingsByRuleAndSeverity.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: "\n") + "\n"
        s += "samples:\n"
        for x in samples.sorted(by: { ($0.code, $0.source, $0.line) < ($1.code, $1.source, $1.line) }) {
            s += "  \(x.code) \(x.source):\(x.line): \(x.message)\n      | \(x.text)\n"
        }
        return s
    }
}
