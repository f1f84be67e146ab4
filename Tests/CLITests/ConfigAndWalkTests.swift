import Foundation
import Testing

/// `.vblint.json` discovery and checking, `--select`/`--ignore`, folder
/// walking with ignores, hidden entries and symlink loops.
@Suite struct ConfigAndWalkTests {
    static let finding = ExitCodeTests.finding

    func tree() throws -> String {
        let dir = try CLITestSupport.tempDir()
        let fm = FileManager.default
        for d in ["a/b", "a/old", "vendor/x", ".git", "a/.cache"] { try fm.createDirectory(atPath: dir + "/" + d, withIntermediateDirectories: true) }
        for f in ["top.txt", "a/one.md", "a/b/two.txt", "a/old/three.txt", "vendor/x/four.md", ".git/five.txt", "a/.cache/six.txt", "a/seven.bak.md", "a/eight.TXT"] {
            try CLITestSupport.write(dir + "/" + f, Self.finding)
        }
        try CLITestSupport.write(dir + "/a/image.png", "not a draft")
        return dir
    }

    func files(_ r: RunResult) -> [String] {
        r.out.split(separator: "\n").compactMap { l -> String? in
            guard let c = l.range(of: ":1:1: hint") else { return nil }
            return String(l[..<c.lowerBound])
        }
    }

    @Test func walksFoldersSkippingHiddenEntriesInOrder() throws {
        let dir = try tree()
        let r = try CLITestSupport.run(["check"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(files(r) == ["a/b/two.txt", "a/eight.TXT", "a/old/three.txt", "a/one.md", "a/seven.bak.md", "top.txt", "vendor/x/four.md"])
        // An explicit hidden file is checked.
        #expect(files(try CLITestSupport.run(["check", ".git/five.txt"], cwd: dir)) == [".git/five.txt"])
    }

    @Test func ignorePathsFromTheConfiguration() throws {
        let dir = try tree()
        try CLITestSupport.write(dir + "/.vblint.json", #"{"ignorePaths": ["a/old/", "*.bak.md", "vendor"]}"#)
        let r = try CLITestSupport.run(["check"], cwd: dir)
        #expect(files(r) == ["a/b/two.txt", "a/eight.TXT", "a/one.md", "top.txt"])
        // Relative to the configuration's folder, whatever the current folder.
        let sub = try CLITestSupport.run(["check", "."], cwd: dir + "/a")
        #expect(files(sub) == ["b/two.txt", "eight.TXT", "one.md"])
        // Explicit files under an ignored path are skipped as well (pre-commit passes files).
        #expect(files(try CLITestSupport.run(["check", "a/old/three.txt", "top.txt"], cwd: dir)) == ["top.txt"])
        // `**` patterns.
        try CLITestSupport.write(dir + "/.vblint.json", #"{"ignorePaths": ["**/b/**", "a/*.md"]}"#)
        #expect(files(try CLITestSupport.run(["check"], cwd: dir)) == ["a/eight.TXT", "a/old/three.txt", "top.txt", "vendor/x/four.md"])
    }

    @Test func nearestConfigurationWins() throws {
        let dir = try tree()
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"VB009": "error"}}"#)
        try CLITestSupport.write(dir + "/a/b/.vblint.json", #"{"ignore": ["VB009"]}"#)
        let r = try CLITestSupport.run(["check", "--color", "never"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.out.contains("top.txt:1:1: error [VB009"))
        #expect(!r.out.contains("two.txt"))
        // --config overrides discovery.
        try CLITestSupport.write(dir + "/other.json", #"{"lang": "en"}"#)
        let o = try CLITestSupport.run(["check", "--config", "other.json", "a/b"], cwd: dir)
        #expect(o.status == 0)
        #expect(o.out.contains("a/b/two.txt:1:1: hint [VB009"))
        #expect(o.out.contains("Checked 1 file"), "lang from the configuration")
    }

    @Test func symlinkLoopTerminates() throws {
        let dir = try tree()
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/b/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/self", withDestinationPath: ".")
        let r = try CLITestSupport.run(["check"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let found = files(r)
        #expect(found.contains("top.txt") && found.contains("a/b/two.txt"))
        #expect(found.count == Set(found).count || found.count < 20, "each folder is entered once")
    }

    @Test(arguments: [
        (#"{"selekt": ["VB0"]}"#, "selekt"),
        (#"{"select": ["VB999"]}"#, "VB999"),
        (#"{"severity": {"VB009": "fatal"}}"#, "severity.VB009"),
        (#"{"severity": {"no-such-rule": "error"}}"#, "no-such-rule"),
        (#"{"regime": "nd31"}"#, "regime"),
        (#"{"ignorePaths": "drafts"}"#, "ignorePaths"),
        (#"{"failOn": 3}"#, "failOn"),
        (#"["VB009"]"#, "JSON object"),
        ("{\"select\": [\"VB0\",]}", "byte 18"),
        ("{\"lang\": \"en\"\n", "byte 14"),
    ])
    func invalidConfigurationIsTwo(_ config: String, _ mention: String) throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/.vblint.json", config)
        try CLITestSupport.write(dir + "/a.txt", Self.finding)
        let r = try CLITestSupport.run(["check", "--lang", "en", "a.txt"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains(".vblint.json"), "\(r.stderr)")
        #expect(r.stderr.contains(mention), "\(r.stderr)")
        let explicit = try CLITestSupport.run(["check", "--config", ".vblint.json", "a.txt"], cwd: dir)
        #expect(explicit.status == 2)
    }

    @Test func validConfigurationKeys() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/.vblint.json", """
        {"$schema": "https://vblint.dev/schema.json", "select": ["VB0"], "ignore": [], "severity": {"unused-suppression": "warning"},
         "regime": "tt01", "lang": "en", "ignorePaths": [], "catalogs": ["laws.json"], "failOn": "error"}
        """)
        try CLITestSupport.write(dir + "/a.txt", Self.finding)
        let r = try CLITestSupport.run(["check", "--format", "json", "a.txt"], cwd: dir)
        #expect(r.status == 0, "failOn error: a warning does not fail; \(r.stderr)")
        #expect(r.out.contains(#""regime":"tt01""#))
        #expect(r.out.contains(#""severity":"warning""#))
        #expect(r.out.contains("suppresses nothing"), "lang en from the configuration")
    }

    @Test func mostSpecificSeverityWinsAndOffIgnores() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/a.txt", Self.finding)
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"VB": "info", "VB009": "error", "VB0": "warning"}}"#)
        let r = try CLITestSupport.run(["check", "a.txt"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.out.contains("error [VB009"), "\(r.out)")
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"VB": "info", "VB0": "warning"}}"#)
        #expect(try CLITestSupport.run(["check", "a.txt"], cwd: dir).out.contains("warning [VB009"))
        try CLITestSupport.write(dir + "/.vblint.json", #"{"severity": {"unused-suppression": "off"}}"#)
        let off = try CLITestSupport.run(["check", "--fail-on", "hint", "a.txt"], cwd: dir)
        #expect(off.status == 0)
        #expect(!off.out.contains("VB009"))
    }

    @Test func invalidConfigurationInAWalkedFolder() throws {
        let dir = try tree()
        try CLITestSupport.write(dir + "/a/b/.vblint.json", #"{"bogus": true}"#)
        let r = try CLITestSupport.run(["check", "--format", "github", "--lang", "en"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("a/b/.vblint.json"), "\(r.stderr)")
        #expect(r.stderr.contains("unknown key \"bogus\""))
        #expect(r.out.contains("::error file=a/b/two.txt"), "the governed draft is reported as not checked")
        #expect(r.out.contains("::notice file=top.txt"), "the other drafts are still checked")
    }

    @Test func selectAndIgnoreByCodeNameAndPrefix() throws {
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/a.txt", Self.finding)
        for sel in ["VB009", "unused-suppression", "VB0", "VB", "ALL"] {
            let r = try CLITestSupport.run(["check", "--select", sel, "a.txt"], cwd: dir)
            #expect(r.out.contains("[VB009"), "--select \(sel)")
        }
        for ign in ["VB009", "unused-suppression", "VB0"] {
            let r = try CLITestSupport.run(["check", "--ignore", ign, "a.txt"], cwd: dir)
            #expect(r.status == 0)
            #expect(!r.out.contains("[VB009"), "--ignore \(ign)")
        }
        // Selecting another group leaves VB009 out.
        let other = try CLITestSupport.run(["check", "--select", "VB5", "a.txt"], cwd: dir)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(!other.out.contains("[VB009"))
    }
}
