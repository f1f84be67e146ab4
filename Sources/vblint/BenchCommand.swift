import VanBan
import VanBanLint

/// `vblint bench [DIR] [--min-mb N]`: parse, extract and lint throughput on
/// one core. The folder's .txt/.md files are concatenated-by-repetition to
/// at least 50 MB of work, and each phase is timed separately.
enum BenchCommand {
    static func run(_ args: [String]) -> Int32 {
        var dir = "../shared/corpus/real"
        var minMB = 50
        var only: String? = nil
        var i = 0
        while i < args.count {
            if args[i] == "--min-mb", i + 1 < args.count { minMB = Int(args[i + 1]) ?? 50; i += 2; continue }
            if args[i] == "--only", i + 1 < args.count { only = args[i + 1]; i += 2; continue }
            if !args[i].hasPrefix("-") { dir = args[i] }
            i += 1
        }
        let files = FileWalker.drafts(in: [dir])
        var sources: [SourceText] = []
        var total = 0
        for f in files {
            if let s = try? SourceText(decoding: IO.readFile(f)) { sources.append(s); total += s.count }
        }
        guard total > 0 else { IO.stderr.line("vblint bench: no drafts in \(dir)"); return ExitCode.usage }
        let reps = max(1, (minMB << 20) / total + 1)
        IO.stdout.line("corpus: \(sources.count) files, \(total) bytes; \(reps) repetitions = \(total * reps / (1 << 20)) MB per phase")
        IO.stdout.flush()
        func time(_ label: String, _ body: (SourceText) -> Int) {
            if let only, !label.hasPrefix(only) { return }
            var sink = 0
            let t0 = IO.monotonicNanos()
            for _ in 0..<reps { for s in sources { sink &+= body(s) } }
            let dt = Double(IO.monotonicNanos() - t0) / 1e9
            let mbs = Double(total * reps) / 1_048_576 / dt
            IO.stdout.line("\(label): \(String(Int(mbs))) MB/s (\(String(Int(dt * 1000))) ms, checksum \(sink % 1000))")
            IO.stdout.flush()
        }
        // Reference point for this machine: one pass of a simple byte matcher
        // (lines and `Điều` headings), the speed a parser is compared with.
        time("baseline (one-pass byte matcher)") { s in
            let needle: [UInt8] = Array("Điều ".utf8)
            return s.bytes.withUnsafeBufferPointer { b in
                var n = 0, i = 0
                let end = b.count - needle.count
                while i < end {
                    let c = b[i]
                    if c == 0x0A { n &+= 1 } else if c == needle[0], b[i + 1] == needle[1], b[i + 2] == needle[2], b[i + 3] == needle[3] { n &+= 1 }
                    i &+= 1
                }
                return n
            }
        }
        time("parse (incl. citation extraction)") { Parser.parse($0).lines.count }
        time("citations only") { s in
            let d = Document(source: s, clean: MarkupCleaner.clean(s.bytes))
            return CitationExtractor.extract(d).count
        }
        time("lint (parse + all rules)") { Linter.lint($0).diagnostics.count }
        if args.contains("--rules") {
            // Time per rule, on documents parsed once.
            let docs = sources.map { Parser.parse($0) }
            var perRule: [String: UInt64] = [:]
            for d in docs {
                _ = Linter.lint(d, around: { code, run in
                    let t0 = IO.monotonicNanos(); run(); perRule[code, default: 0] += IO.monotonicNanos() - t0
                })
            }
            for (code, ns) in perRule.sorted(by: { $0.value > $1.value }).prefix(15) {
                IO.stdout.line("  \(code): \(ns / 1_000_000) ms per corpus pass")
            }
        }
        return ExitCode.ok
    }
}
