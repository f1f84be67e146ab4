import Foundation
import Testing

/// `--fix`, `--unsafe-fixes`, `--diff`, atomic writing, encodings, and
/// `--jobs` determinism.
@Suite struct FixTests {
    /// Copies the fixtures (or a folder) into a temporary folder.
    func copy(_ from: String) throws -> String {
        let dir = try CLITestSupport.tempDir()
        let to = dir + "/work"
        try FileManager.default.copyItem(atPath: from, toPath: to)
        // Copied files may be read-only (../shared): make them writable.
        let e = FileManager.default.enumerator(atPath: to)
        while let f = e?.nextObject() as? String {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: to + "/" + f)
        }
        return to
    }

    func snapshot(_ dir: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let e = FileManager.default.enumerator(atPath: dir)
        while let f = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue { out[f] = try CLITestSupport.read(dir + "/" + f) }
        }
        return out
    }

    @Test func unsafeFixesApplyExactlyTheReportedEditsAndOnlyThem() throws {
        let dir = try copy(CLITestSupport.input)
        // The edits, from the JSON output before fixing.
        let j = try CLITestSupport.run(["check", "--format", "json"], cwd: dir)
        let obj = try JSONSerialization.jsonObject(with: Data(j.stdout)) as! [String: Any]
        var expected: [String: [UInt8]] = [:]
        for f in obj["files"] as! [[String: Any]] {
            let path = f["path"] as! String
            var bytes = try CLITestSupport.read(dir + "/" + path)
            var edits: [(Int, Int, String)] = []
            for d in f["diagnostics"] as! [[String: Any]] {
                guard let fix = (d["fixes"] as! [[String: Any]]).first else { continue }
                for e in fix["edits"] as! [[String: Any]] { edits.append((e["offset"] as! Int, e["length"] as! Int, e["replacement"] as! String)) }
            }
            for (off, len, rep) in edits.sorted(by: { $0.0 > $1.0 }) { bytes.replaceSubrange(off..<(off + len), with: Array(rep.utf8)) }
            expected[path] = bytes
        }
        #expect(!expected.isEmpty)
        let before = try snapshot(dir)
        // Safe fixes only: VB009's fix is unsafe, so nothing changes.
        let safe = try CLITestSupport.run(["check", "--fix"], cwd: dir)
        #expect(safe.status == 0)
        #expect(try snapshot(dir) == before)
        let r = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("Đã sửa"))
        let after = try snapshot(dir)
        for (path, bytes) in after {
            #expect(bytes == (expected[path] ?? before[path]), "\(path)")
        }
        // A second run changes nothing.
        let again = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes"], cwd: dir)
        #expect(!again.out.contains("Đã sửa"))
        #expect(try snapshot(dir) == after)
    }

    @Test func diffAppliesWithPatchAndEqualsFix() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else {
            Issue.record("patch(1) is not installed: --diff cannot be checked")
            return
        }
        let a = try copy(CLITestSupport.input), b = try copy(CLITestSupport.input)
        let d = try CLITestSupport.run(["check", "--diff", "--unsafe-fixes"], cwd: a)
        #expect(d.status == 1)
        #expect(d.out.hasPrefix("--- "))
        let p = try CLITestSupport.runProgram("/usr/bin/patch", ["-p0", "--quiet", "--no-backup-if-mismatch"], cwd: a, stdin: d.stdout)
        #expect(p.status == 0, "patch failed: \(p.out) \(p.stderr)")
        _ = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes"], cwd: b)
        #expect(try snapshot(a) == snapshot(b))
        // Nothing left to fix: exit 0, no diff.
        let none = try CLITestSupport.run(["check", "--diff", "--unsafe-fixes"], cwd: a)
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
    }

    @Test func fixKeepsPermissionsEncodingAndFollowsSymlinks() throws {
        let dir = try CLITestSupport.tempDir()
        let text = "<!-- vblint-disable-next-line VB501 -->\r\nMột câu đúng chính tả.\r\n"
        func le16(_ s: String) -> [UInt8] { var out: [UInt8] = [0xFF, 0xFE]; for u in s.utf16 { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8)) }; return out }
        let utf16 = le16(text)
        try CLITestSupport.write(dir + "/u16.txt", bytes: utf16)
        try CLITestSupport.write(dir + "/bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: dir + "/u16.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.md", withDestinationPath: "bom.md")
        let r = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes", "u16.txt", "link.md"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let fixed = "\r\nMột câu đúng chính tả.\r\n"
        #expect(try CLITestSupport.read(dir + "/u16.txt") == le16(fixed))
        #expect(try CLITestSupport.read(dir + "/bom.md") == [0xEF, 0xBB, 0xBF] + Array(fixed.utf8))
        let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/u16.txt")
        #expect((attrs[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.md") == "bom.md", "the link stays a link")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains("vblint-") }
        #expect(leftovers.isEmpty, "no temporary file left behind")
    }

    @Test func fixOnStdinPrintsTheFixedText() throws {
        let r = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes", "-"], stdin: Array(ExitCodeTests.finding.utf8))
        #expect(r.status == 0)
        #expect(r.out == "\nMột câu đúng chính tả.\n")
        #expect(r.stderr.contains("Đã sửa 1 lỗi"))
    }

    @Test func fixRefusesAReadOnlyFolderClearly() throws {
        guard getuid() != 0 else {
            print("fixRefusesAReadOnlyFolderClearly: running as root, which can write anywhere; not exercised")
            return
        }
        let dir = try CLITestSupport.tempDir()
        try CLITestSupport.write(dir + "/a.txt", ExitCodeTests.finding)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir) }
        let r = try CLITestSupport.run(["check", "--fix", "--unsafe-fixes", "a.txt"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("a.txt"))
        #expect(try CLITestSupport.read(dir + "/a.txt") == Array(ExitCodeTests.finding.utf8))
    }

    @Test(.disabled(if: CLITestSupport.corpusDir == nil, "../shared/corpus/real is absent"))
    func fixOverTheRealCorpusIsIdempotentAndMatchesDiff() throws {
        let corpus = try #require(CLITestSupport.corpusDir)
        let a = try copy(corpus), b = try copy(corpus)
        let original = try snapshot(a)
        let d = try CLITestSupport.run(["check", "--diff", "--max-file-size", "0"], cwd: a)
        #expect(d.status != 2, "\(d.stderr)")
        if !d.stdout.isEmpty {
            let p = try CLITestSupport.runProgram("/usr/bin/patch", ["-p0", "--quiet", "--no-backup-if-mismatch"], cwd: a, stdin: d.stdout)
            #expect(p.status == 0, "\(p.stderr)")
        }
        let first = try CLITestSupport.run(["check", "--fix", "--max-file-size", "0"], cwd: b)
        #expect(first.status != 2, "\(first.stderr)")
        let fixed = try snapshot(b)
        #expect(fixed == (try snapshot(a)), "--fix writes exactly what --diff shows")
        #expect(Set(fixed.keys) == Set(original.keys))
        for (k, v) in fixed where v != original[k] {
            #expect(k.hasSuffix(".txt") || k.hasSuffix(".md"), "only drafts change: \(k)")
        }
        let second = try CLITestSupport.run(["check", "--fix", "--max-file-size", "0"], cwd: b)
        #expect(!second.out.contains("Đã sửa"), "a second --fix fixes nothing")
        #expect(try snapshot(b) == fixed)
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        var targets = [CLITestSupport.input]
        if let c = CLITestSupport.corpusDir { targets.append(c) } else { print("jobsDoNotChangeTheOutput: ../shared/corpus/real absent; fixtures only") }
        for t in targets {
            // Every format on the fixtures; JSON (the richest) on the corpus, which is slow in debug builds.
            for format in t == CLITestSupport.input ? ["json", "sarif", "github", "junit"] : ["json"] {
                let one = try CLITestSupport.run(["check", "--format", format, "--jobs", "1", t], cwd: CLITestSupport.input)
                let two = try CLITestSupport.run(["check", "--format", format, "--jobs", "2", t], cwd: CLITestSupport.input)
                #expect(one.stdout == two.stdout, "\(t) \(format)")
                #expect(one.status == two.status)
            }
            if t != CLITestSupport.input { continue }
            let one = try CLITestSupport.run(["check", "--color", "never", "--jobs", "1", t], cwd: CLITestSupport.input)
            let two = try CLITestSupport.run(["check", "--color", "never", "--jobs", "2", t], cwd: CLITestSupport.input)
            #expect(CLITestSupport.normaliseTime(one.out) == CLITestSupport.normaliseTime(two.out))
        }
    }
}
