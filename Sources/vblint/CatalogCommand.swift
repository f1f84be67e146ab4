import VanBan
import VanBanLint

/// `vblint catalog build PATH… [--kinds k1,k2] [--swift TYPE]`: builds a
/// catalog of documents from issued documents (each header states its own
/// number, type, date, issuer and title) and prints it as JSON, or as the
/// Swift source of the built-in catalog (`--swift CatalogCorpus`). Conflicts
/// (one number, two dates) go to stderr and make the exit status 1.
///
/// `vblint citations [PATH…] [--samples N]`: the corpus benchmark of
/// citation extraction, resolution and validation.
enum CatalogCommand {
    static func run(_ args: [String]) -> Int32 {
        guard args.first == "build" else {
            IO.stderr.line("vblint catalog build PATH… [--kinds nghi-dinh,thong-tu,quyet-dinh] [--swift TYPE]")
            return args.first == "--help" || args.first == "-h" ? ExitCode.ok : ExitCode.usage
        }
        var paths: [String] = []
        var kinds: Set<DocumentKind>?
        var swiftType: String?
        var i = 1
        while i < args.count {
            let a = args[i]
            if a == "--kinds", i + 1 < args.count {
                var ks = Set<DocumentKind>()
                for k in args[i + 1].split(separator: ",") {
                    guard let kind = DocumentKind(rawValue: String(k)) else { IO.stderr.line("vblint catalog: unknown kind '\(k)'"); return ExitCode.usage }
                    ks.insert(kind)
                }
                kinds = ks
                i += 2; continue
            }
            if a == "--swift", i + 1 < args.count { swiftType = args[i + 1]; i += 2; continue }
            if a.hasPrefix("-") { IO.stderr.line("vblint catalog: unknown option '\(a)'"); return ExitCode.usage }
            paths.append(a)
            i += 1
        }
        guard !paths.isEmpty else { IO.stderr.line("vblint catalog build: missing PATH"); return ExitCode.usage }
        let inputs = load(paths)
        let result = CatalogBuilder.build(inputs, kinds: kinds)
        if let t = swiftType {
            let cmd = (["vblint", "catalog"] + args).joined(separator: " ")
            IO.stdout.write(CatalogBuilder.swiftSource(result.catalog, typeName: t, generatedBy: cmd))
        } else {
            IO.stdout.write(result.catalog.json())
        }
        IO.stderr.line("catalog: \(result.catalog.count) documents from \(inputs.count) files; \(result.skipped.count) skipped; \(result.conflicts.count) conflicts")
        for c in result.conflicts { IO.stderr.line("conflict: \(c)") }
        IO.stdout.flush(); IO.stderr.flush()
        return result.conflicts.isEmpty ? ExitCode.ok : ExitCode.findings
    }

    static func runBenchmark(_ args: [String]) -> Int32 {
        var paths: [String] = []
        var samples = 8
        var i = 0
        while i < args.count {
            if args[i] == "--samples", i + 1 < args.count { samples = Int(args[i + 1]) ?? 8; i += 2; continue }
            if args[i].hasPrefix("-") { IO.stderr.line("vblint citations [PATH…] [--samples N]"); return args[i] == "--help" ? ExitCode.ok : ExitCode.usage }
            paths.append(args[i]); i += 1
        }
        if paths.isEmpty { paths = ["../shared/corpus/real"] }
        var bench = CitationBenchmark()
        for (name, text) in load(paths) { bench.add(source: name, text: text, samplesPerRule: samples) }
        guard bench.files > 0 else { IO.stderr.line("vblint citations: no drafts in \(paths.joined(separator: " "))"); return ExitCode.usage }
        IO.stdout.write(bench.report())
        IO.stdout.flush()
        return ExitCode.ok
    }

    static func load(_ paths: [String]) -> [(source: String, text: SourceText)] {
        var out: [(source: String, text: SourceText)] = []
        for f in FileWalker.drafts(in: paths) {
            guard let s = CLI.load(f) else { continue }
            out.append((f.split(separator: "/").last.map(String.init) ?? f, s))
        }
        return out
    }
}
