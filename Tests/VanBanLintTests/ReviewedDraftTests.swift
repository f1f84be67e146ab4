import Testing
import VanBan
@testable import VanBanLint

/// Drafts from an outside review (`Tests/Fixtures/reviewed`): the correct
/// ones get no warning or error, and each damaged one gets its finding.
@Suite("Reviewed drafts")
struct ReviewedDraftTests {
    static let good = Fixtures.list(Fixtures.root + "/reviewed/good").map { "reviewed/good/" + $0 }

    struct Expected: CustomTestStringConvertible, Sendable {
        var file: String
        var codes: [String]
        /// Text of the line the finding must be on ("" when any line will do).
        var lineText: String
        var testDescription: String { "\(file): \(codes.joined(separator: "/"))" }
    }

    static let bad: [Expected] = {
        guard let tsv = Fixtures.text("reviewed/bad/EXPECTED.tsv") else { return [] }
        return tsv.split(separator: "\n").dropFirst().map { row in
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(file: f[0], codes: f[1].split(separator: " ").map(String.init), lineText: f.count > 2 ? f[2] : "")
        }
    }()

    @Test func theFixturesAreThere() {
        #expect(Self.good.count == 175)
        #expect(Self.bad.count == 148)
    }

    @Test("Correct reviewed drafts are clean", arguments: good)
    func clean(_ name: String) throws {
        // Decoded as the CLI reads a file (one draft has a BOM and CRLF).
        let source = try SourceText(decoding: #require(Fixtures.read(Fixtures.root + "/" + name)))
        let loud = Linter.lint(source).diagnostics.filter { $0.severity >= .warning }
        #expect(loud.isEmpty, "\(name): \(loud.map { "\($0.code) \($0.message.en)" })")
    }

    @Test("Damaged reviewed drafts get their finding", arguments: bad)
    func damaged(_ e: Expected) throws {
        let source = try SourceText(decoding: #require(Fixtures.read(Fixtures.root + "/reviewed/bad/" + e.file)))
        let found = Linter.lint(source).diagnostics.filter { e.codes.contains($0.code) }
        if e.lineText.isEmpty {
            #expect(!found.isEmpty, "\(e.file): no \(e.codes)")
        } else {
            let lines = found.map { source.lineRange(source.line(of: $0.range.start)) }.map { String(decoding: source.bytes[$0.start..<$0.end], as: UTF8.self) }
            #expect(lines.contains { $0.contains(e.lineText) }, "\(e.file): \(e.codes) not on the line with “\(e.lineText)” (found on: \(lines))")
        }
    }
}
