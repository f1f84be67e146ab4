import Testing
import VanBan
@testable import VanBanLint

/// Every rule's documented examples run as tests (as SwiftLint does), so the
/// documentation `vblint explain` prints cannot drift from behaviour.
@Suite("Rule examples")
struct RuleExampleTests {
    static let rules: [any Rule] = RuleRegistry.all

    /// Lints an example with only its rule enabled. Snippets are treated as
    /// documents (a header rule's example need not carry a whole header).
    static func findings(_ rule: any Rule, _ e: RuleExample) -> [Diagnostic] {
        var o = LintOptions()
        o.select = [rule.metadata.code]
        o.regime = e.regime
        o.parse.assumeDocument = true
        return Linter.lint(SourceText(e.text), options: o).diagnostics.filter { $0.code == rule.metadata.code }
    }

    @Test("Every rule has examples", arguments: rules.map { $0.metadata.code })
    func hasExamples(code: String) throws {
        let m = try #require(RuleRegistry.rule(named: code)).metadata
        #expect(!m.triggering.isEmpty, "\(code) has no wrong example")
        #expect(!m.nonTriggering.isEmpty, "\(code) has no right example")
        #expect(m.code.hasPrefix("VB") && m.code.count == 5)
        #expect(!m.source.isEmpty)
        for e in m.triggering { #expect(e.violations > 0, "\(code): a wrong example must expect findings") }
    }

    @Test("Wrong examples trigger", arguments: rules.map { $0.metadata.code })
    func triggering(code: String) throws {
        let rule = try #require(RuleRegistry.rule(named: code))
        for e in rule.metadata.triggering {
            let found = Self.findings(rule, e)
            #expect(found.count == e.violations, "\(code): expected \(e.violations) finding(s), got \(found.count) on:\n\(e.text)\n\(found.map { $0.message.en })")
            if let fixed = e.fixed {
                let out = Fixer.apply(found, to: Array(e.text.utf8), includeUnsafe: true)
                #expect(String(decoding: out.bytes, as: UTF8.self) == fixed, "\(code): fix of:\n\(e.text)")
            }
        }
    }

    @Test("Right examples do not trigger", arguments: rules.map { $0.metadata.code })
    func nonTriggering(code: String) throws {
        let rule = try #require(RuleRegistry.rule(named: code))
        for e in rule.metadata.nonTriggering {
            let found = Self.findings(rule, e)
            #expect(found.isEmpty, "\(code): unexpected \(found.map { $0.message.en }) on:\n\(e.text)")
        }
    }

    @Test("Codes and names are unique")
    func unique() {
        let codes = Self.rules.map(\.metadata.code), names = Self.rules.map(\.metadata.name)
        #expect(Set(codes).count == codes.count)
        #expect(Set(names).count == names.count)
    }

    @Test("Every rule's documentation renders in both languages", arguments: rules.map { $0.metadata.code })
    func docs(code: String) throws {
        let m = try #require(RuleRegistry.rule(named: code)).metadata
        for lang in MessageLanguage.allCases {
            let text = RuleDocs.render(m, lang: lang)
            #expect(text.contains(m.code) && text.contains(m.source))
            #expect(!m.explanation.text(lang).isEmpty && !m.summary.text(lang).isEmpty)
        }
    }
}
