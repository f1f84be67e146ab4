import Foundation
import Testing

/// Exit codes and messages for every kind of input.
@Suite struct ExitCodeTests {
    static let finding = "<!-- vblint-disable-next-line VB501 -->\nMột câu đúng chính tả.\n"

    @Test func cleanIsZero() throws {
        let r = try CLITestSupport.run(["check", "clean.txt"], cwd: CLITestSupport.input)
        #expect(r.status == 0)
        #expect(r.out.contains("không có phát hiện nào"))
    }

    @Test func hintsDoNotFailByDefaultButDoWithFailOnHint() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/a.txt", Self.finding)
        #expect(try CLITestSupport.run(["check", "a.txt"], cwd: dir).status == 0)
        #expect(try CLITestSupport.run(["check", "--fail-on", "hint", "a.txt"], cwd: dir).status == 1)
        #expect(try CLITestSupport.run(["check", "--fail-on", "hint", "--exit-zero", "a.txt"], cwd: dir).status == 0)
        // A severity override from the configuration makes the hint an error.
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"VB009": "error"}}"#)
        let r = try CLITestSupport.run(["check", "a.txt"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.out.contains("error [VB009 unused-suppression]"))
        #expect(try CLITestSupport.run(["check", "--fail-on", "error", "a.txt"], cwd: dir).status == 1)
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"VB0": "info"}, "failOn": "info"}"#)
        let info = try CLITestSupport.run(["check", "a.txt"], cwd: dir)
        #expect(info.status == 1)
        #expect(info.out.contains("info [VB009"))
        #expect(try CLITestSupport.run(["check", "--fail-on", "warning", "a.txt"], cwd: dir).status == 0)
    }

    @Test(arguments: [
        ["check", "--no-such-option"],
        ["check", "--format", "xml"],
        ["check", "--select", "VB999"],
        ["check", "--ignore", "no-such-rule"],
        ["check", "--regime", "nd99"],
        ["check", "--fail-on", "fatal"],
        ["check", "--jobs", "many"],
        ["check", "--unsafe-fixes"],
        ["check", "--fix", "--diff"],
        ["check", "--max-file-size", "ten"],
        ["no-such-command"],
        ["explain", "VB999"],
        ["explain"],
        ["rules", "--format", "yaml"],
        ["parse"],
        ["parse", "."],
    ])
    func usageErrorsAreTwo(_ args: [String]) throws {
        let r = try CLITestSupport.run(args, cwd: CLITestSupport.input)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(!r.stderr.isEmpty, "a usage error says why")
    }

    @Test func missingFileIsTwoAndOthersAreStillChecked() throws {
        let r = try CLITestSupport.run(["check", "--fail-on", "hint", "no-such.txt", "unused.txt"], cwd: CLITestSupport.input)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such.txt"))
        #expect(r.out.contains("unused.txt:1:1: hint [VB009"))
    }

    @Test func invalidUTF8NamesFileAndOffset() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/bad.txt", bytes: Array("Xin chào ".utf8) + [0xC3, 0x28] + Array(" nữa\n".utf8))
        try CLITestSupport.write(dir + "/ok.txt", bytes: Array(Self.finding.utf8))
        let r = try CLITestSupport.run(["check", "--lang", "en", "."], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.txt"))
        #expect(r.stderr.contains("not UTF-8 at byte 10"), "\(r.stderr)")
        #expect(r.out.contains("ok.txt:1:1"), "the other file is still checked")
        let vi = try CLITestSupport.run(["check", "bad.txt"], cwd: dir)
        #expect(vi.stderr.contains("byte 10") && vi.stderr.contains("UTF-8"))
    }

    @Test func binaryFileIsTwo() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/img.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try CLITestSupport.write(dir + "/nul.md", bytes: Array("abc".utf8) + [0, 1, 2])
        let r = try CLITestSupport.run(["check", "--lang", "en", "nul.md", "img.txt"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("nul.md: binary file (NUL byte at offset 3)"), "\(r.stderr)")
        #expect(r.stderr.contains("img.txt"))
    }

    /// A .docx (a ZIP archive, which holds NUL bytes) is not text: exit 2
    /// with a message that says how to make a text draft of it, in `check`
    /// and `parse` alike.
    @Test func wordFileSaysHowToMakeATextDraft() throws {
        let dir = try CLITestSupport.tempDir()
        // The start of every ZIP local file header, as in a real .docx.
        try CLITestSupport.write(dir + "/draft.docx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])
        let en = try CLITestSupport.run(["check", "--lang", "en", "draft.docx"], cwd: dir)
        #expect(en.status == 2)
        #expect(en.stderr.contains("draft.docx: a Word/OpenDocument file"), "\(en.stderr)")
        #expect(en.stderr.contains("Plain Text"))
        let vi = try CLITestSupport.run(["parse", "draft.docx"], cwd: dir)
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("draft.docx: tệp Word/OpenDocument"), "\(vi.stderr)")
    }

    /// `vblint parse` reads like `check`: the same Vietnamese (or English)
    /// message for a file that is not text, exit 2 for an empty file, and
    /// `--lang=en` written with `=` (it once looped forever).
    @Test func parseBadInputSaysWhyInTheChosenLanguage() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/bad.txt", bytes: Array("Xin chào ".utf8) + [0xC3, 0x28])
        try CLITestSupport.write(dir + "/empty.txt", "")
        try CLITestSupport.write(dir + "/ok.txt", "Xin chào.\n")
        let vi = try CLITestSupport.run(["parse", "bad.txt", "ok.txt"], cwd: dir)
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("bad.txt: mã hóa không hợp lệ: không phải UTF-8 tại byte 10"), "\(vi.stderr)")
        #expect(vi.out.contains("ok.txt"), "the other file is still parsed")
        let en = try CLITestSupport.run(["parse", "--lang=en", "empty.txt", "ok.txt"], cwd: dir)
        #expect(en.status == 2)
        #expect(en.stderr.contains("empty.txt: empty file, nothing to parse"), "\(en.stderr)")
        #expect(en.out.contains("ok.txt"))
    }

    @Test func emptyFileIsCleanWithANote() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/empty.txt", "")
        let r = try CLITestSupport.run(["check", "--lang", "en", "empty.txt"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stderr.contains("empty.txt: empty file"))
        #expect(r.out.contains("Checked 1 file: no findings."))
    }

    @Test func fiftyMegabyteSingleLineIsSkippedClearly() throws {
        let dir = try CLITestSupport.tempDir()
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        try CLITestSupport.write(dir + "/big.txt", bytes: big)
        try CLITestSupport.write(dir + "/small.txt", bytes: Array(Self.finding.utf8))
        let r = try CLITestSupport.run(["check", "--lang", "en", "big.txt", "small.txt"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("big.txt: file too large (52428800 bytes), skipped; see --max-file-size"), "\(r.stderr)")
        #expect(r.out.contains("small.txt:1:1"))
        // Also on stdin.
        let s = try CLITestSupport.run(["check", "--lang", "en", "-"], cwd: dir, stdin: big)
        #expect(s.status == 2)
        #expect(s.stderr.contains("file too large"))
    }

    @Test func longSingleLineIsLintedWithinARaisedLimit() throws {
        let dir = try CLITestSupport.tempDir()
        var text = Array(String(repeating: "Văn bản ", count: 400_000).utf8)
        text += Array("<!-- vblint-disable-line VB501 -->".utf8)
        try CLITestSupport.write(dir + "/long.txt", bytes: text)
        let r = try CLITestSupport.run(["check", "--color", "never", "--max-file-size", "20M", "long.txt"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("long.txt:1:3200001: hint [VB009"), "\(r.out.prefix(300))")
        // The echoed line is cut to a window around the finding.
        let echoed = r.out.split(separator: "\n").first { $0.hasPrefix("1 | ") }
        #expect((echoed?.count ?? .max) < 400)
    }

    @Test func stdinWithFilename() throws {
        let r = try CLITestSupport.run(["check", "--stdin-filename", "docs/cv.md", "-"], cwd: CLITestSupport.input, stdin: Array(Self.finding.utf8))
        #expect(r.status == 0)
        #expect(r.out.contains("docs/cv.md:1:1: hint [VB009"))
        let anon = try CLITestSupport.run(["check", "--format", "json", "-"], stdin: Array(Self.finding.utf8))
        #expect(anon.out.contains(#""path":"-""#))
        let bad = try CLITestSupport.run(["check", "-"], stdin: [0x41, 0xFF, 0x42])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("byte 1"))
    }

    @Test func stdinUsesTheConfigurationAboveItsFilename() throws {
        let dir = try CLITestSupport.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
        try CLITestSupport.write(dir + "/docs/.vblint.json", #"{"severity": {"unused-suppression": "warning"}}"#)
        let r = try CLITestSupport.run(["check", "--stdin-filename", "docs/a.md", "-"], cwd: dir, stdin: Array(Self.finding.utf8))
        #expect(r.status == 1)
        #expect(r.out.contains("warning [VB009"))
    }
}
