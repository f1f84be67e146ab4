import Testing
import VanBan
@testable import VanBanLint

/// Runs the documented examples of the input (VB0xx) and language (VB5xx)
/// rules: each wrong example gives exactly its count of findings, each right
/// example none, and the rule's fixes give the documented text.
enum LangSupport {
    static let rules: [any Rule.Type] = InputRules.all.filter { $0.metadata.code != "VB009" } + LanguageRules.all

    static func lint(_ text: String, code: String, regime: Regime? = nil) -> LintResult {
        var o = LintOptions()
        o.select = [code]
        o.regime = regime
        o.honourSuppressions = false
        return Linter.lint(SourceText(text), options: o)
    }

    static func findings(_ text: String, _ code: String, regime: Regime? = nil) -> [Diagnostic] {
        lint(text, code: code, regime: regime).diagnostics.filter { $0.code == code }
    }

    static func fixed(_ text: String, _ code: String, regime: Regime? = nil) -> String {
        var o = LintOptions()
        o.select = [code]
        o.regime = regime
        let out = Fixer.fixAll(Array(text.utf8), options: o, includeUnsafe: true)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

@Test(arguments: LangSupport.rules.map { $0.metadata.code })
func languageRuleExamples(_ code: String) {
    let m = LangSupport.rules.first { $0.metadata.code == code }!.metadata
    #expect(!m.triggering.isEmpty, "\(code) has no wrong example")
    #expect(!m.nonTriggering.isEmpty, "\(code) has no right example")
    #expect(m.appliesToNonDocuments)
    for ex in m.triggering {
        let f = LangSupport.findings(ex.text, code, regime: ex.regime)
        #expect(f.count == ex.violations, "\(code) on «\(ex.text)»: \(f.map { $0.message.vi })")
        if let want = ex.fixed {
            #expect(LangSupport.fixed(ex.text, code, regime: ex.regime) == want, "\(code) fix of «\(ex.text)»")
        }
    }
    for ex in m.nonTriggering {
        let f = LangSupport.findings(ex.text, code, regime: ex.regime)
        #expect(f.isEmpty, "\(code) on right example «\(ex.text)»: \(f.map { $0.message.vi })")
    }
}
