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
    /// The document linted. For a text with decomposed (NFD) letters, the
    /// original text unparsed (see `model`).
    public var document: Document
    public var regime: Regime
    /// Findings, sorted by position then code.
    public var diagnostics: [Diagnostic]
    /// Findings removed by suppression comments.
    public var suppressedCount: Int
    /// For a text with decomposed letters: the model of its NFC form, and
    /// the map back to the original bytes.
    public var decomposed: (document: Document, mapping: NFCMapping)? = nil

    /// The document model on the linted text's own bytes: `document`, or
    /// for a decomposed text the model of its NFC form placed back on the
    /// original (made on each call: callers that ask often keep it).
    public var model: Document {
        guard let (nfc, mapping) = decomposed else { return document }
        return nfc.mapped(onto: document.source, clean: document.clean) { mapping.original($0) }
    }
}

/// Shared analyses computed at most once per document, on first use.
public final class SharedAnalysis: @unchecked Sendable {
    public let document: Document
    /// The catalog of known documents (from `LintOptions.catalog`).
    public let catalog: DocumentCatalog
    /// What the previous lint of this buffer left (nil outside an editor).
    let memory: LintMemory?
    init(document: Document, catalog: DocumentCatalog = .builtin, memory: LintMemory? = nil) {
        self.document = document; self.catalog = catalog; self.memory = memory
    }

    /// The words with their hashes, found together in one pass
    /// (`Words.indexed`), or made from the previous version's (`LintMemory`),
    /// on first use (`indexWords`). Two stored arrays, not one lazy tuple:
    /// reading a lazy tuple copies it (retaining both arrays) to return one.
    private var wordArray: [Word] = [], hashArray: [UInt64] = []
    private var indexed = false

    /// Makes the word index (once).
    @inline(never)
    private func indexWords() {
        (wordArray, hashArray) = memory?.wordIndex(of: document.clean) ?? Words.indexed(document.clean)
        indexed = true
    }

    /// Each word of the text (maximal letter runs), in the markup-free view.
    public var words: [Word] {
        if !indexed { indexWords() }
        return wordArray
    }

    /// The sorted indices of the words that `test` passes, `test` being a
    /// rule's cheap per-word filter asked of a range of word indices. In an
    /// editor (`LintMemory`) only the words near an edit are asked again.
    /// The test must give the same answer at any position of the text: it
    /// reads only word `k`, the `reach` words on each side, and the bytes
    /// between them, never an absolute offset (see `LintMemory.wordList`).
    func wordList(_ key: String, reach: Int, _ test: (Range<Int>) -> [Int]) -> [Int] {
        let n = words.count   // the index (and the memory's update) first
        guard let memory else { return test(0..<n) }
        return memory.wordList(key, wordCount: n, reach: reach, test)
    }

    /// One hash per word (`Words.keysAndHashes`), for lexicon look-ups.
    public var wordHashes: [UInt64] {
        if !indexed { indexWords() }
        return hashArray
    }

    /// Indices of the words that may start a phrase of a rule's phrase
    /// matcher (`PhraseStarts`): the first words of all of them, found once.
    private lazy var phraseStartIndices: [Int] = wordList("phrase-starts", reach: 0) { range in
        PhraseStarts.lexicon.candidates(words: words, clean: document.clean, hashes: wordHashes, in: range)
    }

    /// `phraseStartIndices` for a matcher it covers (nil otherwise: the
    /// matcher then probes every word), for `PhraseMatcher.matches(starts:)`.
    public func phraseStarts(for matcher: PhraseMatcher) -> [Int]? {
        PhraseStarts.covers(matcher) ? phraseStartIndices : nil
    }

    /// `phraseStartIndices` for a lexicon it covers (nil otherwise), for `Lexicon.candidates(starts:)`.
    public func phraseStarts(for lexicon: Lexicon) -> [Int]? {
        PhraseStarts.covers(lexicon) ? phraseStartIndices : nil
    }

    /// The `|`s, tabs, spacing events and `Nơi nhận` starts of the whole
    /// text, found in one pass (`TextMarks`) for VB006 and VB505.
    lazy var textMarks = TextMarks(document.source.bytes)

    /// Issuer look-ups, memoised for the document (the citation rules ask
    /// about the same issuers).
    var issuers = IssuerMemo()

    /// `CitationChecks.isGenericTypeName` per citation, answered on first
    /// question (0 not asked, 1 no, 2 yes): five rules ask it of the same
    /// citations, and each answer decodes the type name.
    private var genericTypeName: [UInt8] = []

    /// `CitationChecks.isGenericTypeName(c)` for `c`, citation `i` of `citations`.
    func isGenericTypeName(_ c: Citation, at i: Int) -> Bool {
        if genericTypeName.isEmpty { genericTypeName = [UInt8](repeating: 0, count: citations.citations.count) }
        let known = genericTypeName[i]
        if known != 0 { return known == 2 }
        let v = CitationChecks.isGenericTypeName(c)
        genericTypeName[i] = v ? 2 : 1
        return v
    }

    /// The document's citations resolved to their antecedents and to the
    /// document's own units (built on first use).
    public private(set) lazy var citations: CitationGraph = CitationResolver.resolve(document)

    /// Per citation (same order as `citations.citations`): the catalog entry
    /// of a numbered citation (its number, with the year of its date).
    /// (The key the resolver folded is reused when it has one.)
    /// (The citations read in place: one is copied, with its number, only
    /// when the resolver kept no key for it. A key is kept only for a
    /// numbered citation with a number.)
    public private(set) lazy var catalogEntries: [CatalogEntry?] = { [citations, catalog] in
        citations.citations.indices.map { i in
            guard citations.citations[i].form == .numbered else { return nil }
            if let k = citations.asciiNumberKeys[i] { return catalog.entry(folded: k, year: citations.citations[i].date?.year) }
            let c = citations.citations[i]
            guard let n = c.number else { return nil }
            return catalog.entry(for: n, year: c.date?.year)
        }
    }()
}

public enum Linter {
    /// Parses and lints one text. Pure: same input, same output.
    /// - Parameter memory: what the lint of an earlier version of the same
    ///   buffer kept (an editor passes one per open document): the result is
    ///   the same with or without it, only faster.
    public static func lint(_ source: SourceText, options: LintOptions = LintOptions(), memory: LintMemory? = nil) -> LintResult {
        if let mapping = NFCMapping(source) { return lintDecomposed(source, mapping, options: options, memory: memory) }
        let doc = Parser.parse(source, options: options.parse)
        return lint(doc, options: options, memory: memory)
    }

    /// - Parameter around: wraps each rule's run (the benchmark times rules
    ///   with it; the engine itself reads no clock).
    public static func lint(_ doc: Document, options: LintOptions = LintOptions(), memory: LintMemory? = nil,
                            around: ((String, () -> Void) -> Void)? = nil) -> LintResult {
        let regime = options.regime ?? Regime.select(for: doc)
        let ctx = RuleContext(document: doc, regime: regime, analysis: SharedAnalysis(document: doc, catalog: options.catalog, memory: memory))
        let enabled = RuleRegistry.enabledIndices(options)
        let rules = RuleRegistry.all
        let infos = RuleRegistry.infos
        // Most runs configure no severity: then no look-up (two string hashes) per rule.
        let severities = options.severities
        let regimeBit = RuleRegistry.bit(regime)
        for k in enabled {
            // The fields are read in place: a copy of an `Info` would retain its strings.
            guard infos[k].regimeBits & regimeBit != 0 else { continue }
            guard (doc.isDocument && doc.outOfScope == nil) || infos[k].appliesToNonDocuments else { continue }
            ctx.current = k
            ctx.currentSeverity = severities.isEmpty ? infos[k].severity : severities[infos[k].code] ?? severities[infos[k].name] ?? infos[k].severity
            if let around { around(infos[k].code) { rules[k].check(ctx) } } else { rules[k].check(ctx) }
        }
        // (The findings taken out of the context, which then holds no
        // reference to them: sorted in place, not copied first.)
        let found = ctx.sink
        ctx.sink = []
        let (diags, suppressed) = finish(found, document: doc, options: options)
        return LintResult(document: doc, regime: regime, diagnostics: diags, suppressedCount: suppressed)
    }

    /// Applies the suppression comments of `doc` (reporting unused ones as
    /// VB009) and sorts the findings by position, then code.
    static func finish(_ found: consuming [Diagnostic], document doc: Document, options: LintOptions) -> ([Diagnostic], Int) {
        var diags = found
        var suppressed = 0
        if options.honourSuppressions {
            let sup = Suppressions.scan(doc)
            (diags, suppressed) = sup.filter(diags, document: doc, enabledRules: sup.entries.isEmpty ? [] : RuleRegistry.enabledIndices(options).map { RuleRegistry.all[$0].metadata })
            // VB009 is reported by the engine: honour its configured severity too.
            let unused = UnusedSuppression.metadata
            let level = RuleRegistry.severity(of: unused, options)
            if level != unused.severity { for k in diags.indices where diags[k].code == unused.code { diags[k].severity = level } }
        }
        sortByPosition(&diags)
        return (diags, suppressed)
    }

    /// Sorts findings by position, then code, then end, keeping the order
    /// of equal ones (a stable sort). The keys are sorted, small and
    /// trivially copied (the code packed in a word, `packedCode`, with the
    /// finding's index last to keep equal ones in order), and the findings
    /// are then moved once into place: sorting the findings themselves
    /// moved each many times and compared codes as `String`s.
    static func sortByPosition(_ diags: inout [Diagnostic]) {
        guard diags.count > 1 else { return }
        var keys: [(start: Int, code: UInt64, end: Int, index: Int)] = []
        keys.reserveCapacity(diags.count)
        var sorted = true
        for k in diags.indices {
            guard let code = packedCode(diags[k].code) else {
                // (A code of more than eight bytes or not ASCII: no rule has one.)
                diags.sort { a, b in
                    if a.range.start != b.range.start { return a.range.start < b.range.start }
                    if a.code != b.code { return a.code < b.code }
                    return a.range.end < b.range.end
                }
                return
            }
            let key = (start: diags[k].range.start, code: code, end: diags[k].range.end, index: k)
            if let last = keys.last, last > key { sorted = false }
            keys.append(key)
        }
        if sorted { return }
        keys.sort { $0 < $1 }
        // `diags[i]` is to be what is now `diags[keys[i].index]`: each cycle
        // of that permutation is followed once, by swaps (moves, no copy).
        // (Swapped through the buffer: `Array.swapAt` copies an element,
        // retaining its strings and arrays, where the buffer's moves it.)
        var from = keys.map(\.index)
        diags.withUnsafeMutableBufferPointer { d in
            for i in from.indices where from[i] != i {
                var j = i
                while true {
                    let k = from[j]
                    from[j] = j
                    if k == i { break }
                    d.swapAt(j, k)
                    j = k
                }
            }
        }
    }

    /// A rule code's bytes in a word, first byte highest, zeros after the
    /// last: for codes of ASCII (no NUL), words compare as the codes do as
    /// `String`s (byte by byte, a prefix first). Nil past eight bytes or
    /// for a byte that is not ASCII.
    static func packedCode(_ code: String) -> UInt64? {
        var code = code
        return code.withUTF8 { b -> UInt64? in
            guard b.count <= 8 else { return nil }
            var v: UInt64 = 0
            for c in b {
                guard c != 0, c < 0x80 else { return nil }
                v = v << 8 | UInt64(c)
            }
            return b.isEmpty ? 0 : v << UInt64(8 * (8 - b.count))
        }
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

    /// What the engine reads of each rule's metadata on every run (copying
    /// the whole `RuleMetadata` per document and finding is not free).
    struct Info {
        var code: String
        var name: String
        var severity: Severity
        /// The regimes the rule runs under, a bit each (`bit(_:)`): testing
        /// a `Set<Regime>` per rule and document hashes the regime's name.
        var regimeBits: UInt8
        var appliesToNonDocuments: Bool
    }

    /// A regime's bit in `Info.regimeBits`.
    static func bit(_ r: Regime) -> UInt8 {
        switch r {
        case .nd30: return 1
        case .tt01: return 2
        case .qppl: return 4
        }
    }

    /// One per rule of `all`, same order.
    static let infos: [Info] = all.map {
        let m = $0.metadata
        return Info(code: m.code, name: m.name, severity: m.severity, regimeBits: m.regimes.reduce(0) { $0 | bit($1) },
                    appliesToNonDocuments: m.appliesToNonDocuments)
    }

    /// Index in `all` by upper-case code and by name (first rule wins).
    static let byUpperCode: [String: Int] = {
        var d: [String: Int] = [:]
        for (k, i) in infos.enumerated() where d[i.code.uppercased()] == nil { d[i.code.uppercased()] = k }
        return d
    }()
    static let byName: [String: Int] = {
        var d: [String: Int] = [:]
        for (k, i) in infos.enumerated() where d[i.name] == nil { d[i.name] = k }
        return d
    }()

    public static func rule(named key: String) -> (any Rule)? {
        // The first rule (in code order) whose code equals the key ignoring case, or whose name is the key.
        let a = byUpperCode[key.uppercased()], b = byName[key]
        guard let k = [a, b].compactMap({ $0 }).min() else { return nil }
        return all[k]
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
        enabledIndices(o).map { all[$0] }
    }

    /// Indices in `all` of the enabled rules.
    static func enabledIndices(_ o: LintOptions) -> [Int] {
        if o.select.isEmpty && o.ignore.isEmpty { return Array(all.indices) }
        return all.indices.filter { k in
            let m = all[k].metadata
            if !o.select.isEmpty && !o.select.contains(where: { matches(m, $0) }) { return false }
            if o.ignore.contains(where: { matches(m, $0) }) { return false }
            return true
        }
    }

    public static func severity(of m: RuleMetadata, _ o: LintOptions) -> Severity {
        o.severities[m.code] ?? o.severities[m.name] ?? m.severity
    }
}
