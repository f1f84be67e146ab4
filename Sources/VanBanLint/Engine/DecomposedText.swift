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
        // Everything but VB001, on the NFC text.
        var nfcOptions = raw
        nfcOptions.ignore.append(vb001)
        let nfc = lint(Parser.parse(mapping.normalized, options: options.parse), options: nfcOptions, memory: memory)
        var found = nfc.diagnostics.map { mapping.original($0) }
        // VB001 on the original text, when enabled. It reads only the bytes:
        // the original is not parsed (the parser matches precomposed
        // keywords, so a decomposed text would yield almost nothing).
        let original = Document(source: source, clean: MarkupCleaner.clean(source.bytes))
        if RuleRegistry.enabled(options).contains(where: { $0.metadata.code == vb001 }) {
            var o = raw
            o.select = [vb001]
            o.regime = nfc.regime
            found += lint(original, options: o).diagnostics.filter { $0.code == vb001 }
        }
        let (diags, suppressed) = finish(found, document: original, options: options)
        return LintResult(document: original, regime: nfc.regime, diagnostics: diags, suppressedCount: suppressed,
                          decomposed: (nfc.document, mapping))
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
