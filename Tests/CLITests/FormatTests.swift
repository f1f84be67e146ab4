import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Every output format, checked for validity and for agreement with the
/// JSON output, on the repository's fixtures and on the seeds.
@Suite struct FormatTests {
    /// Inputs: the fixtures folder, and each seed when `../shared` is present.
    static var inputs: [String] {
        var out = [CLITestSupport.input]
        let seeds = CLITestSupport.seeds
        if seeds.isEmpty { print("FormatTests: ../shared/seeds absent; checking the repository's fixtures only") }
        out += seeds
        return out
    }

    struct Finding: Equatable, CustomStringConvertible {
        var path: String, line: Int, column: Int, endLine: Int, code: String, message: String
        var description: String { "\(path):\(line):\(column)-\(endLine) \(code) \(message)" }
    }

    /// The findings according to `--format json`.
    static func jsonFindings(_ target: String) throws -> (findings: [Finding], json: [String: Any]) {
        let r = try CLITestSupport.run(["check", "--format", "json", target], cwd: CLITestSupport.input)
        #expect(r.status != 2, "\(r.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout)) as! [String: Any]
        var out: [Finding] = []
        for f in obj["files"] as! [[String: Any]] {
            for d in f["diagnostics"] as! [[String: Any]] {
                out.append(Finding(path: f["path"] as! String, line: d["line"] as! Int, column: d["column"] as! Int,
                                   endLine: d["endLine"] as! Int, code: d["code"] as! String, message: d["message"] as! String))
            }
        }
        return (out, obj)
    }

    @Test(arguments: inputs)
    func jsonSchemaFields(_ target: String) throws {
        let (findings, obj) = try Self.jsonFindings(target)
        #expect(obj["version"] as? Int == 1)
        let summary = obj["summary"] as! [String: Any]
        #expect(summary["findings"] as? Int == findings.count)
        for f in obj["files"] as! [[String: Any]] {
            let path = f["path"] as! String
            let bytes = try CLITestSupport.read(path.hasPrefix("/") ? path : CLITestSupport.input + "/" + path)
            for d in f["diagnostics"] as! [[String: Any]] {
                for k in ["code", "name", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "fixes"] {
                    #expect(d[k] != nil, "missing \(k)")
                }
                // offset/length index the file's bytes (UTF-8 without BOM here),
                // and line/column agree with them.
                let off = d["offset"] as! Int, len = d["length"] as! Int
                #expect(off >= 0 && off + len <= bytes.count)
                let before = bytes[0..<off]
                let line = before.filter { $0 == 0x0A }.count + 1
                #expect(d["line"] as? Int == line)
                let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
                let col = String(decoding: bytes[lineStart..<off], as: UTF8.self).unicodeScalars.count + 1
                #expect(d["column"] as? Int == col)
                for fix in d["fixes"] as! [[String: Any]] {
                    #expect(["safe", "unsafe"].contains(fix["safety"] as? String))
                    for e in fix["edits"] as! [[String: Any]] {
                        #expect(e["offset"] != nil && e["length"] != nil && e["replacement"] != nil && e["line"] != nil)
                    }
                }
            }
        }
    }

    @Test(arguments: inputs)
    func textAgreesWithJSON(_ target: String) throws {
        let (findings, _) = try Self.jsonFindings(target)
        let r = try CLITestSupport.run(["check", "--color", "never", target], cwd: CLITestSupport.input)
        let heads = r.out.split(separator: "\n").filter { l in findings.contains { l.hasPrefix("\($0.path):\($0.line):\($0.column): ") } }
        #expect(heads.count == findings.count)
        for f in findings {
            #expect(r.out.contains("\(f.path):\(f.line):\(f.column): "), "\(f)")
            #expect(r.out.contains("[\(f.code) "), "\(f)")
        }
        #expect(r.out.contains("Đã kiểm tra"))
        #expect(!r.out.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test(arguments: inputs)
    func sarifValidatesAgainstSchema(_ target: String) throws {
        guard let shared = CLITestSupport.sharedDir, FileManager.default.fileExists(atPath: shared + "/schemas/sarif-schema-2.1.0.json") else {
            print("FormatTests.sarifValidatesAgainstSchema: ../shared/schemas/sarif-schema-2.1.0.json absent: SARIF NOT validated against the schema (structure still checked)")
            try sarifStructure(target)
            return
        }
        guard let python = CLITestSupport.python(with: "jsonschema") else {
            print("FormatTests.sarifValidatesAgainstSchema: python3 with jsonschema is not installed: SARIF NOT validated against the schema (pip install jsonschema); structure still checked")
            try sarifStructure(target)
            return
        }
        let r = try CLITestSupport.run(["check", "--format", "sarif", target], cwd: CLITestSupport.input)
        #expect(r.status != 2, "\(r.stderr)")
        let code = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        doc = json.load(sys.stdin)
        jsonschema.validate(doc, schema)
        print("ok", len(doc["runs"][0]["results"]))
        """
        let v = try CLITestSupport.runPython(python, code, [shared + "/schemas/sarif-schema-2.1.0.json"], stdin: r.stdout)
        #expect(v.status == 0, "SARIF invalid: \(v.stderr)")
        #expect(v.out.hasPrefix("ok"))
        try sarifStructure(target)
    }

    func sarifStructure(_ target: String) throws {
        let (findings, _) = try Self.jsonFindings(target)
        let r = try CLITestSupport.run(["check", "--format", "sarif", target], cwd: CLITestSupport.input)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout)) as! [String: Any]
        #expect(doc["version"] as? String == "2.1.0")
        let run = (doc["runs"] as! [[String: Any]])[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        let rules = driver["rules"] as! [[String: Any]]
        let listed = try CLITestSupport.run(["rules", "--format", "json"])
        let allRules = try JSONSerialization.jsonObject(with: Data(listed.stdout)) as! [[String: Any]]
        #expect(rules.map { $0["id"] as! String } == allRules.map { $0["code"] as! String }, "every rule is in tool.driver.rules")
        for rule in rules {
            for k in ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration"] { #expect(rule[k] != nil, "rule lacks \(k)") }
        }
        let results = run["results"] as! [[String: Any]]
        #expect(results.count == findings.count)
        for (res, f) in zip(results, findings) {
            #expect(res["ruleId"] as? String == f.code)
            let loc = ((res["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
            let region = loc["region"] as! [String: Any]
            #expect(region["startLine"] as? Int == f.line)
            #expect(region["startColumn"] as? Int == f.column)
            #expect(((loc["artifactLocation"] as! [String: Any])["uri"] as? String)?.isEmpty == false)
        }
    }

    /// Parses `::level file=…,line=…::message` back, undoing the escapes.
    static func parseGithub(_ line: Substring) -> (level: String, props: [String: String], message: String)? {
        guard line.hasPrefix("::"), let sp = line.firstIndex(of: " ") else { return nil }
        let level = String(line[line.index(line.startIndex, offsetBy: 2)..<sp])
        guard let end = line.range(of: "::", range: sp..<line.endIndex) else { return nil }
        func unescape(_ s: Substring) -> String {
            s.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
                .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%25", with: "%")
        }
        var props: [String: String] = [:]
        for p in line[line.index(after: sp)..<end.lowerBound].split(separator: ",") {
            guard let eq = p.firstIndex(of: "=") else { return nil }
            props[String(p[..<eq])] = unescape(p[p.index(after: eq)...])
        }
        return (level, props, unescape(line[end.upperBound...]))
    }

    @Test(arguments: inputs)
    func githubLinesParseBack(_ target: String) throws {
        let (findings, _) = try Self.jsonFindings(target)
        let r = try CLITestSupport.run(["check", "--format", "github", target], cwd: CLITestSupport.input)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == findings.count)
        for (l, f) in zip(lines, findings) {
            let parsed = try #require(Self.parseGithub(l), "unparsable: \(l)")
            #expect(["error", "warning", "notice"].contains(parsed.level))
            #expect(parsed.props["file"] == f.path)
            #expect(parsed.props["line"] == String(f.line))
            #expect(parsed.props["col"] == String(f.column))
            #expect(parsed.props["endLine"] == String(f.endLine))
            #expect(parsed.props["title"]?.hasPrefix(f.code) == true)
            #expect(parsed.message == f.message)
        }
    }

    @Test func githubEscapesSpecialCharacters() throws {
        let dir = try CLITestSupport.tempDir()
        let name = "a%b,c:d.txt"
        try CLITestSupport.write(dir + "/" + name, "<!-- vblint-disable-next-line VB501 -->\nx\n")
        let r = try CLITestSupport.run(["check", "--format", "github", name], cwd: dir)
        #expect(r.out.contains("file=a%25b%2Cc%3Ad.txt,"), "\(r.out)")
        let parsed = try #require(Self.parseGithub(r.out.split(separator: "\n")[0]))
        #expect(parsed.props["file"] == name)
    }

    @Test(arguments: inputs)
    func junitParsesAsXML(_ target: String) throws {
        let (findings, _) = try Self.jsonFindings(target)
        let r = try CLITestSupport.run(["check", "--format", "junit", "--fail-on", "hint", target], cwd: CLITestSupport.input)
        guard let python = CLITestSupport.python(with: "xml.etree.ElementTree") else {
            print("FormatTests.junitParsesAsXML: python3 is not installed; parsing with FoundationXML instead")
            let doc = try XMLDocument(data: Data(r.stdout))
            #expect(doc.rootElement()?.name == "testsuites")
            #expect(try doc.nodes(forXPath: "//failure").count == findings.count)
            return
        }
        let code = """
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.buffer.read())
        assert root.tag == "testsuites", root.tag
        cases = root.findall("./testsuite/testcase")
        failures = root.findall("./testsuite/testcase/failure")
        assert int(root.get("failures")) == len(failures)
        print(len(cases), len(failures))
        """
        let v = try CLITestSupport.runPython(python, code, stdin: r.stdout)
        #expect(v.status == 0, "JUnit XML invalid: \(v.stderr)")
        let counts = v.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        #expect(counts.count == 2)
        if counts.count == 2 {
            #expect(counts[1] == findings.count, "with --fail-on hint every finding is a failure")
            #expect(counts[0] >= findings.count)
        }
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try CLITestSupport.run(["check", "unused.txt"], cwd: CLITestSupport.input)
        #expect(!plain.out.contains("\u{1B}["))
        let forced = try CLITestSupport.run(["check", "--color", "always", "unused.txt"], cwd: CLITestSupport.input)
        #expect(forced.out.contains("\u{1B}["))
        // A pseudo-terminal via script(1), when available: colour by default, none with NO_COLOR.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("colourOnlyWhenAsked: script(1) absent; the terminal case is not exercised")
            return
        }
        let cmd = "\(CLITestSupport.binary) check unused.txt"
        let tty = try CLITestSupport.runProgram("/usr/bin/script", ["-qec", cmd, "/dev/null"], cwd: CLITestSupport.input)
        #expect(tty.out.contains("\u{1B}[1;36m"), "colour on a terminal")
        let noColor = try CLITestSupport.runProgram("/usr/bin/script", ["-qec", cmd, "/dev/null"], cwd: CLITestSupport.input, env: ["NO_COLOR": "1"])
        #expect(!noColor.out.contains("\u{1B}[1;36m"), "NO_COLOR disables colour")
        #expect(noColor.out.contains("VB009"))
    }

    @Test func caretsUnderCombiningMarksAndWideCharacters() throws {
        let r = try CLITestSupport.run(["check", "--color", "never", "nfd-wide.md"], cwd: CLITestSupport.input)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = try #require(lines.firstIndex { $0.hasPrefix("3 | ") })
        let source = lines[i].dropFirst(4), carets = lines[i + 1].dropFirst(4)
        // Display width of the text before "<!--": NFD marks are 0 wide, 漢字 is 4 wide, the tab is shown as one space.
        let prefix = source[..<source.range(of: "<!--")!.lowerBound]
        var width = 0
        for u in prefix.unicodeScalars {
            if (0x300...0x36F).contains(u.value) { continue }
            width += (0x4E00...0x9FFF).contains(u.value) ? 2 : 1
        }
        #expect(carets.prefix { $0 == " " }.count == width)
        #expect(carets.filter { $0 == "^" }.count == "<!-- vblint-disable-line VB5 -->".count)
        #expect(r.out.contains("nfd-wide.md:3:"))
    }
}
