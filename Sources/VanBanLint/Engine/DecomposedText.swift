import VanBan

extension Linter {
    /// Lints a text with decomposed (NFD) letters: every rule but VB001 runs
    /// on its NFC form, whose findings are mapped back to the original
    /// bytes; VB001 runs on the original, where the decomposed letters are.
    /// Suppression comments are then applied once, to the merged findings.
    ///
    /// The returned document is the original text, unparsed, so that its
    /// ranges agree with the text the caller holds; the parsed NFC model
    /// comes with it (`LintResult.model` places it on the original).
    static func lintDecomposed(_ source: SourceText, _ mapping: NFCMapping, options: LintOptions, memory: LintMemory? = nil) -> LintResult {
        let vb001 = NonNFCText.metadata.code
        var raw = options
        raw.honourSuppressions = false
        // Everything but VB001, on the NFC text: the rules as configured,
        // VB001's findings (there are none on an NFC text) dropped after. The
        // rules do not read each other's findings, so this is the lint with
        // VB001 ignored, without asking every rule whether it is (an `ignore`
        // entry is matched against each rule's code and name as strings).
        let nfc = lint(Parser.parse(mapping.normalized, options: options.parse), options: raw, memory: memory)
        var found: [Diagnostic] = []
        found.reserveCapacity(nfc.diagnostics.count)
        for d in nfc.diagnostics where d.code != vb001 { found.append(mapping.original(d)) }
        // VB001 on the original text, when enabled. It reads only the bytes:
        // the original is not parsed (the parser matches precomposed
        // keywords, so a decomposed text would yield almost nothing).
        let original = Document(source: source, clean: MarkupCleaner.clean(source.bytes))
        if let k = RuleRegistry.enabledIndices(options).first(where: { RuleRegistry.infos[$0].code == vb001 }) {
            found += runOne(k, on: original, regime: nfc.regime, options: raw)
        }
        let (diags, suppressed) = finish(found, document: original, options: options)
        return LintResult(document: original, regime: nfc.regime, diagnostics: diags, suppressedCount: suppressed,
                          decomposed: (nfc.document, mapping))
    }

    /// The findings of rule `k` of `RuleRegistry.all` alone on `doc`, in
    /// the order it reports them, as `lint` would run it under `options`
    /// narrowed to it (same guards and severity), without selecting it by
    /// name nor sorting (VB001 reports in text order, one finding a line).
    private static func runOne(_ k: Int, on doc: Document, regime: Regime, options: LintOptions) -> [Diagnostic] {
        let info = RuleRegistry.infos[k]
        guard info.regimeBits & RuleRegistry.bit(regime) != 0,
              (doc.isDocument && doc.outOfScope == nil) || info.appliesToNonDocuments else { return [] }
        let ctx = RuleContext(document: doc, regime: regime, analysis: SharedAnalysis(document: doc, catalog: options.catalog))
        ctx.current = k
        let severities = options.severities
        ctx.currentSeverity = severities.isEmpty ? info.severity : severities[info.code] ?? severities[info.name] ?? info.severity
        RuleRegistry.all[k].check(ctx)
        return ctx.sink
    }
}

extension NFCMapping {
    /// A finding on the normalised text, placed on the original text.
    func original(_ d: Diagnostic) -> Diagnostic {
        var d = d
        d.range = original(d.range)
        d.fixes = d.fixes.map { f in
            var f = f
            f.edits = f.edits.map { TextEdit(range: original($0.range), replacement: $0.replacement) }
            return f
        }
        d.related = d.related.map { r in
            var r = r
            r.range = original(r.range)
            return r
        }
        return d
    }
}
