import VanBan

/// Which rules run and how loud they are. Built from `.vblint.json`, the
/// command line or the editor's settings; the linter itself reads no files.
public struct LintOptions: Sendable {
    /// Rules to enable, by code (`VB104`), name (`luu-vt-format`) or code
    /// prefix (`VB1`, `VB`). Empty: every rule.
    public var select: [String] = []
    /// Rules to disable, same forms; wins over `select`.
    public var ignore: [String] = []
    /// Severity per rule code or name.
    public var severities: [String: Severity] = [:]
    /// Force a regime instead of selecting it from the document.
    public var regime: Regime?
    /// Parse options.
    public var parse = ParseOptions()
    /// Honour `vblint-disable` comments in the text.
    public var honourSuppressions = true
    /// The catalog of documents citations are checked against: the built-in
    /// one, extended with user catalogs (`.vblint.json` `catalogs`).
    public var catalog: DocumentCatalog = .builtin

    public init() {}
}

public struct LintResult: Sendable {
    public var document: Document
    public var regime: Regime
    /// Findings, sorted by position then code.
    public var diagnostics: [Diagnostic]
    /// Findings removed by suppression comments.
    public var suppressedCount: Int
}

/// Shared analyses computed at most once per document, on first use.
public final class SharedAnalysis: @unchecked Sendable {
    public let document: Document
    /// The catalog of known documents (from `LintOptions.catalog`).
    public let catalog: DocumentCatalog
    init(document: Document, catalog: DocumentCatalog = .builtin) { self.document = document; self.catalog = catalog }

    /// Each word of the text (maximal letter runs), in the markup-free view.
    public private(set) lazy var words: [Word] = Words.split(document)

    /// The document's citations resolved to their antecedents and to the
    /// document's own units (built on first use).
    public private(set) lazy var citations: CitationGraph = CitationResolver.resolve(document)
}

public enum Linter {
    /// Parses and lints one text. Pure: same input, same output.
    public static func lint(_ source: SourceText, options: LintOptions = LintOptions()) -> LintResult {
        if let mapping = NFCMapping(source) { return lintDecomposed(source, mapping, options: options) }
        let doc = Parser.parse(source, options: options.parse)
        return lint(doc, options: options)
    }

    /// - Parameter around: wraps each rule's run (the benchmark times rules
    ///   with it; the engine itself reads no clock).
    public static func lint(_ doc: Document, options: LintOptions = LintOptions(),
                            around: ((String, () -> Void) -> Void)? = nil) -> LintResult {
        let regime = options.regime ?? Regime.select(for: doc)
        let ctx = RuleContext(document: doc, regime: regime, analysis: SharedAnalysis(document: doc, catalog: options.catalog))
        for rule in RuleRegistry.enabled(options) {
            let m = rule.metadata
            guard m.regimes.contains(regime) else { continue }
            guard doc.isDocument || m.appliesToNonDocuments else { continue }
            ctx.current = m
            ctx.currentSeverity = RuleRegistry.severity(of: m, options)
            if let around { around(m.code) { rule.check(ctx) } } else { rule.check(ctx) }
        }
        let (diags, suppressed) = finish(ctx.sink, document: doc, options: options)
        return LintResult(document: doc, regime: regime, diagnostics: diags, suppressedCount: suppressed)
    }

    /// Applies the suppression comments of `doc` (reporting unused ones as
    /// VB009) and sorts the findings by position, then code.
    static func finish(_ found: [Diagnostic], document doc: Document, options: LintOptions) -> ([Diagnostic], Int) {
        var diags = found
        var suppressed = 0
        if options.honourSuppressions {
            let sup = Suppressions.scan(doc)
            (diags, suppressed) = sup.filter(diags, document: doc, enabledRules: RuleRegistry.enabled(options).map { $0.metadata })
            // VB009 is reported by the engine: honour its configured severity too.
            let unused = UnusedSuppression.metadata
            let level = RuleRegistry.severity(of: unused, options)
            if level != unused.severity { for k in diags.indices where diags[k].code == unused.code { diags[k].severity = level } }
        }
        diags.sort { a, b in
            if a.range.start != b.range.start { return a.range.start < b.range.start }
            if a.code != b.code { return a.code < b.code }
            return a.range.end < b.range.end
        }
        return (diags, suppressed)
    }
}

public enum RuleRegistry {
    /// Every rule, in code order. Each group lists its own rules in its
    /// folder (`Rules/<Group>/Group.swift`).
    public static let all: [any Rule] = {
        let types: [any Rule.Type] = InputRules.all + HeaderRules.all + BodyRules.all + ClosingRules.all
            + CitationRules.all + LanguageRules.all
        return types.map { $0.init() }.sorted { $0.metadata.code < $1.metadata.code }
    }()

    public static func rule(named key: String) -> (any Rule)? {
        all.first { $0.metadata.code.caseInsensitiveEquals(key) || $0.metadata.name == key }
    }

    /// Whether `key` (code, name or code prefix) names at least one rule.
    public static func isKnownSelector(_ key: String) -> Bool {
        all.contains { matches($0.metadata, key) }
    }

    static func matches(_ m: RuleMetadata, _ key: String) -> Bool {
        if key.uppercased() == "ALL" { return true }
        if m.name == key { return true }
        return m.code.uppercased().hasPrefix(key.uppercased()) && key.uppercased().hasPrefix("VB")
    }

    public static func enabled(_ o: LintOptions) -> [any Rule] {
        all.filter { r in
            let m = r.metadata
            if !o.select.isEmpty && !o.select.contains(where: { matches(m, $0) }) { return false }
            if o.ignore.contains(where: { matches(m, $0) }) { return false }
            return true
        }
    }

    public static func severity(of m: RuleMetadata, _ o: LintOptions) -> Severity {
        o.severities[m.code] ?? o.severities[m.name] ?? m.severity
    }
}

extension String {
    func caseInsensitiveEquals(_ o: String) -> Bool { self.uppercased() == o.uppercased() }
}
