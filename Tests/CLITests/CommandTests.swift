import Foundation
import Testing

/// `rules`, `explain`, `parse`, `--version`, `--help` on every command, in
/// Vietnamese and English.
@Suite struct CommandTests {
    @Test func version() throws {
        let r = try CLITestSupport.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("vblint "))
        #expect(r.out.split(separator: " ").last?.split(separator: ".").count == 3)
    }

    @Test(arguments: [[], ["check"], ["parse"], ["rules"], ["explain"], ["lsp"], ["bench"]])
    func helpOnEveryCommand(_ cmd: [String]) throws {
        let vi = try CLITestSupport.run(cmd + ["--help"])
        #expect(vi.status == 0)
        #expect(vi.out.contains("Cách dùng"), "\(cmd): \(vi.out)")
        let en = try CLITestSupport.run(cmd + ["--help", "--lang", "en"])
        #expect(en.status == 0)
        #expect(en.out.contains("Usage"), "\(cmd): \(en.out)")
        let global = try CLITestSupport.run(["--lang", "en"] + cmd + ["--help"])
        #expect(global.out.contains("Usage"))
    }

    @Test func rulesTableAndJSON() throws {
        let json = try CLITestSupport.run(["rules", "--format", "json"])
        #expect(json.status == 0)
        let rules = try JSONSerialization.jsonObject(with: Data(json.stdout)) as! [[String: Any]]
        #expect(!rules.isEmpty)
        let table = try CLITestSupport.run(["rules"])
        #expect(table.out.hasPrefix("MÃ"))
        for r in rules {
            let code = r["code"] as! String
            #expect(table.out.contains(code))
            #expect(["error", "warning", "info", "hint"].contains(r["severity"] as? String))
        }
        #expect(table.out.split(separator: "\n").count == rules.count + 1)
        let en = try CLITestSupport.run(["rules", "--lang", "en"])
        #expect(en.out.hasPrefix("CODE"))
        #expect(en.out.contains("Suppression comment that suppresses nothing"))
    }

    @Test func explainByCodeOrName() throws {
        let vi = try CLITestSupport.run(["explain", "VB009"])
        #expect(vi.status == 0)
        #expect(vi.out.hasPrefix("# VB009 unused-suppression"))
        #expect(vi.out.contains("Mức độ: hint"))
        let en = try CLITestSupport.run(["explain", "unused-suppression", "--lang", "en"])
        #expect(en.out.contains("Severity: hint"))
        let lower = try CLITestSupport.run(["explain", "vb009"])
        #expect(lower.status == 0)
    }

    @Test func parseCommand() throws {
        let r = try CLITestSupport.run(["parse", "--format", "text", "unused.txt"], cwd: CLITestSupport.input)
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("document unused.txt"))
        let j = try CLITestSupport.run(["parse", "-"], stdin: Array("Xin chào\n".utf8))
        #expect(j.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(j.stdout))) != nil)
        let dir = try CLITestSupport.run(["parse", "--lang", "en", "."], cwd: CLITestSupport.input)
        #expect(dir.status == 2)
        #expect(dir.stderr.contains("is a directory"))
    }

    @Test func usageMessagesInBothLanguages() throws {
        let vi = try CLITestSupport.run(["check", "--bogus"])
        #expect(vi.stderr.contains("tùy chọn không rõ"))
        let en = try CLITestSupport.run(["check", "--bogus", "--lang", "en"])
        #expect(en.stderr.contains("unknown option"))
    }
}
