import VanBan
import VanBanLint

/// One draft to check, with the options its configuration and the command
/// line give it.
struct FileJob: Sendable {
    var path: String
    var display: String
    var isStdin: Bool
    var options: LintOptions
    var failOn: Severity
    /// Set when the draft cannot be checked before reading it (e.g. its
    /// configuration is invalid).
    var error: LocalizedText?
}

/// What happened to one draft.
struct FileReport: Sendable {
    var display: String
    var failOn: Severity = .warning
    var source: SourceText?
    var regime: Regime?
    var diagnostics: [Diagnostic] = []
    /// Unreadable, invalid encoding, binary, too large, invalid configuration.
    var error: LocalizedText?
    /// A remark that does not fail the run (an empty file).
    var note: LocalizedText?
    var fixesApplied = 0
    /// With `--diff` (or `--fix` on stdin): the text before and after fixing.
    var original: [UInt8]?
    var fixed: [UInt8]?
    /// False for a report about a configuration file rather than a draft.
    var isDraft = true
}

/// `vblint check`: find drafts, lint them in parallel, print in input order.
enum CheckCommand {
    static func run(_ args: [String]) -> Int32 {
        let start = IO.monotonicNanos()
        let opts: CheckOptions
        do { opts = try CheckOptions.parse(args) } catch {
            let lang = args.contains("en") ? MessageLanguage.en : .vi
            IO.stderr.line("vblint check: \(error.text.text(lang))")
            return ExitCode.usage
        }
        var explicit: ResolvedConfig?
        if let p = opts.configPath {
            switch ConfigResolver.load(p) {
            case .success(let rc): explicit = rc
            case .failure(let e):
                IO.stderr.line("vblint: \(e.text.text(opts.lang ?? .vi))")
                return ExitCode.usage
            }
        }
        let resolver = ConfigResolver(explicit: explicit)
        // The language of the run: command line, then the configuration that
        // governs the current folder.
        var lang = opts.lang ?? .vi
        if opts.lang == nil, case .success(let rc?) = resolver.config(forDirectory: Paths.cwd), let l = rc.config.lang { lang = l }
        if opts.showHelp {
            IO.stdout.write(CheckOptions.help(lang))
            return ExitCode.ok
        }

        var jobs: [FileJob] = []
        var walkErrors: [FileReport] = []
        func job(_ path: String, isStdin: Bool, configDir: String) -> FileJob {
            let display = isStdin ? Paths.display(opts.stdinFilename ?? "-") : Paths.display(path)
            var j = FileJob(path: path, display: display, isStdin: isStdin, options: LintOptions(), failOn: opts.failOn ?? .warning)
            var base = LintOptions()
            switch resolver.config(forDirectory: configDir) {
            case .success(let rc):
                if let rc {
                    base = rc.lintOptions
                    if opts.failOn == nil, let f = rc.config.failOn { j.failOn = f }
                }
            case .failure(let e):
                let cfg = Paths.display(e.path ?? ConfigResolver.fileName)
                j.error = LocalizedText(vi: "không kiểm tra vì cấu hình \(cfg) không hợp lệ", en: "not checked: invalid configuration \(cfg)")
            }
            if !opts.select.isEmpty { base.select = opts.select }
            base.ignore += opts.ignore
            if let r = opts.regime { base.regime = r }
            j.options = base
            return j
        }
        for p in opts.paths {
            if p == "-" {
                let dir = opts.stdinFilename.map { Paths.parent(Paths.absolute($0)) ?? Paths.cwd } ?? Paths.cwd
                jobs.append(job(p, isStdin: true, configDir: dir))
                continue
            }
            let abs = Paths.absolute(p)
            if IO.isDirectory(p) {
                let walked = FileWalker.walk(p) { path, isDir in
                    let a = Paths.absolute(path)
                    let dir = isDir ? a : (Paths.parent(a) ?? "/")
                    if case .success(let rc?) = resolver.config(forDirectory: dir) { return rc.ignores(a, isDirectory: isDir) }
                    return false
                }
                for f in walked.files {
                    jobs.append(job(f, isStdin: false, configDir: Paths.parent(Paths.absolute(f)) ?? "/"))
                }
                for u in walked.unreadable {
                    walkErrors.append(FileReport(display: Paths.display(u), error: LocalizedText(
                        vi: "\(Paths.display(u)): không đọc được thư mục", en: "\(Paths.display(u)): cannot read the folder")))
                }
            } else if !Paths.exists(p) {
                walkErrors.append(FileReport(display: Paths.display(p), error: LocalizedText(
                    vi: "\(Paths.display(p)): không có tệp hoặc thư mục này", en: "\(Paths.display(p)): no such file or folder")))
            } else {
                let dir = Paths.parent(abs) ?? "/"
                if case .success(let rc?) = resolver.config(forDirectory: dir), rc.ignores(abs, isDirectory: false) { continue }
                jobs.append(job(p, isStdin: false, configDir: dir))
            }
        }

        let mode = FixMode(opts)
        let frozen = jobs
        var reports = walkErrors + parallelMap(frozen.count, jobs: opts.jobs) { i in
            process(frozen[i], mode: mode)
        }
        // Configuration failures are reported once, with the file they concern.
        for f in resolver.failures where !reports.contains(where: { $0.error != nil && $0.display == Paths.display(f.path) }) {
            reports.insert(FileReport(display: Paths.display(f.path), error: f.error, isDraft: false), at: 0)
        }

        // stdin with --fix: the fixed text goes to stdout, the report to stderr.
        let stdinFix = opts.fix && jobs.contains { $0.isStdin }
        let out = stdinFix ? IO.stderr : IO.stdout
        if stdinFix, let k = jobs.firstIndex(where: { $0.isStdin }) {
            let r = reports[reports.count - jobs.count + k]
            if r.error == nil, let src = r.source { IO.stdout.write(SourceDecoder.encode(r.fixed ?? src.bytes, as: src.encoding)) }
        }
        for r in reports { if let e = r.error { IO.stderr.line("vblint: \(e.text(lang))") } }
        for r in reports { if let n = r.note { IO.stderr.line("vblint: \(n.text(lang))") } }

        let elapsed = IO.monotonicNanos() - start
        let color = opts.color == .always || (opts.color == .auto && !stdinFix && IO.isTerminal(1) && (Paths.env("NO_COLOR") ?? "").isEmpty)
        let ctx = ReportContext(lang: lang, color: color, elapsedNanos: elapsed, options: opts)
        if opts.diff {
            var total = 0
            for r in reports {
                guard let a = r.original, let b = r.fixed, let d = UnifiedDiff.render(old: a, new: b, oldName: r.display, newName: r.display) else { continue }
                out.write(d)
                total += r.fixesApplied
            }
            IO.stderr.line(lang == .vi ? "\(total) sửa sẽ được áp dụng." : "\(total) fix\(total == 1 ? "" : "es") would be applied.")
        } else if opts.statistics {
            out.write(Reporters.statistics(reports, ctx))
        } else {
            switch opts.format {
            case .text: out.write(Reporters.text(reports, ctx))
            case .json: out.write(Reporters.json(reports, ctx))
            case .sarif: out.write(Reporters.sarif(reports, ctx))
            case .github: out.write(Reporters.github(reports, ctx))
            case .junit: out.write(Reporters.junit(reports, ctx))
            }
        }
        if reports.contains(where: { $0.error != nil }) { return ExitCode.usage }
        if opts.exitZero { return ExitCode.ok }
        if opts.diff { return reports.contains { $0.fixed != nil && $0.fixed != $0.original } ? ExitCode.findings : ExitCode.ok }
        return reports.contains { r in r.diagnostics.contains { $0.severity >= r.failOn } } ? ExitCode.findings : ExitCode.ok
    }

    struct FixMode: Sendable {
        var apply: Bool
        var unsafe: Bool
        var diff: Bool
        var maxFileSize: Int
        init(_ o: CheckOptions) { apply = o.fix; unsafe = o.unsafeFixes; diff = o.diff; maxFileSize = o.maxFileSize }
    }

    /// Reads, decodes, lints (and fixes) one draft. Runs on a worker thread.
    static func process(_ job: FileJob, mode: FixMode) -> FileReport {
        var r = FileReport(display: job.display, failOn: job.failOn)
        if let e = job.error { r.error = LocalizedText(vi: "\(job.display): \(e.vi)", en: "\(job.display): \(e.en)"); return r }
        let raw: [UInt8]
        do {
            raw = try IO.readFile(job.path, maxBytes: mode.maxFileSize)
        } catch let e as IO.ReadError {
            r.error = e.text
            if case .cannotOpen = e, job.isStdin { r.error = LocalizedText(vi: "không đọc được stdin", en: "cannot read stdin") }
            return r
        } catch {
            let m = "\(job.display): \(error)"
            r.error = LocalizedText(vi: m, en: m)
            return r
        }
        if raw.count > mode.maxFileSize {
            r.error = IO.ReadError.tooLarge(job.display, raw.count).text
            return r
        }
        let src: SourceText
        do { src = try SourceText(decoding: raw) } catch {
            r.error = CLI.decodingMessage(error, display: job.display, raw: raw)
            return r
        }
        r.source = src
        if src.count == 0 {
            r.note = LocalizedText(vi: "\(job.display): tệp rỗng, không có gì để kiểm tra", en: "\(job.display): empty file, nothing to check")
        }
        if mode.apply || mode.diff {
            let outcome = Fixer.fixAll(src.bytes, encoding: src.encoding, options: job.options, includeUnsafe: mode.unsafe)
            if outcome.bytes != src.bytes {
                r.fixesApplied = outcome.appliedFixes
                r.original = src.bytes
                r.fixed = outcome.bytes
                if mode.apply && !job.isStdin {
                    do {
                        try IO.replaceFile(job.path, expected: raw, with: SourceDecoder.encode(outcome.bytes, as: src.encoding))
                    } catch {
                        r.error = LocalizedText(vi: "\(job.display): \(error.text.vi)", en: "\(job.display): \(error.text.en)")
                        r.fixesApplied = 0
                        let result = Linter.lint(src, options: job.options)
                        r.regime = result.regime
                        r.diagnostics = result.diagnostics
                        return r
                    }
                }
                let fixedSource = SourceText(validUTF8: outcome.bytes, encoding: src.encoding)
                r.source = fixedSource
                let result = Linter.lint(fixedSource, options: job.options)
                r.regime = result.regime
                r.diagnostics = result.diagnostics
                return r
            }
        }
        let result = Linter.lint(src, options: job.options)
        r.regime = result.regime
        r.diagnostics = result.diagnostics
        return r
    }
}
