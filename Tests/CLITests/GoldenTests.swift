import Foundation
import Testing

/// Golden files: `vblint check` on `Tests/Fixtures/cli/input` in every
/// format, compared with `Tests/Fixtures/cli/expected/` after normalising
/// the time in the summary.
///
/// Rule output changes when rules are added. To regenerate the golden
/// files after checking the new output by eye:
///
///     VBLINT_UPDATE_GOLDEN=1 swift test --filter CLITests.GoldenTests
@Suite struct GoldenTests {
    static let cases: [(name: String, args: [String])] = [
        ("check.text.txt", ["check", "--color", "never"]),
        ("check.en.text.txt", ["check", "--color", "never", "--lang", "en"]),
        ("check.color.txt", ["check", "--color", "always", "unused.txt"]),
        ("check.json", ["check", "--format", "json"]),
        ("check.sarif", ["check", "--format", "sarif"]),
        ("check.github.txt", ["check", "--format", "github"]),
        ("check.junit.xml", ["check", "--format", "junit"]),
        ("statistics.txt", ["check", "--statistics"]),
        ("statistics.json", ["check", "--statistics", "--format", "json"]),
        ("diff.patch", ["check", "--diff", "--unsafe-fixes"]),
        ("rules.txt", ["rules"]),
        ("rules.json", ["rules", "--format", "json", "--lang", "en"]),
        ("explain.VB009.en.md", ["explain", "VB009", "--lang", "en"]),
    ]

    @Test(arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let args = Self.cases.first { $0.name == name }!.args
        let r = try CLITestSupport.run(args, cwd: CLITestSupport.input)
        #expect(r.status == (name == "diff.patch" ? 1 : 0), "\(name): \(r.stderr)")
        let actual = CLITestSupport.normaliseTime(r.out)
        let path = CLITestSupport.expected + "/" + name
        if ProcessInfo.processInfo.environment["VBLINT_UPDATE_GOLDEN"] == "1" {
            try CLITestSupport.write(path, actual)
            print("updated \(path)")
            return
        }
        let expected = try String(decoding: CLITestSupport.read(path), as: UTF8.self)
        #expect(actual == expected, "\(name) differs from the golden file; if the change is intended, regenerate with VBLINT_UPDATE_GOLDEN=1")
    }
}
