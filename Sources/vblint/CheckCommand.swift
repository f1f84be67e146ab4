import VanBan
import VanBanLint

/// `vblint check`: lint files and print findings. (Formats, --fix and
/// configuration are added by the CLI issue.)
enum CheckCommand {
    static func run(_ args: [String]) -> Int32 {
        var paths: [String] = []
        var lang: MessageLanguage = .vi
        var options = LintOptions()
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "--lang": i += 1; lang = MessageLanguage(rawValue: i < args.count ? args[i] : "") ?? .vi
            case "--regime": i += 1; options.regime = Regime(rawValue: i < args.count ? args[i] : "")
            case "--select": i += 1; options.select += (i < args.count ? args[i] : "").split(separator: ",").map(String.init)
            case "--ignore": i += 1; options.ignore += (i < args.count ? args[i] : "").split(separator: ",").map(String.init)
            default: paths.append(a)
            }
            i += 1
        }
        var status = ExitCode.ok
        for p in paths {
            guard let src = CLI.load(p) else { status = ExitCode.usage; continue }
            let result = Linter.lint(src, options: options)
            for d in result.diagnostics {
                let pos = src.position(of: d.range.start, unit: .scalar)
                IO.stdout.line("\(p):\(pos.line + 1):\(pos.column + 1): \(d.severity.rawValue) [\(d.code) \(d.name)] \(d.message.text(lang))")
                if d.severity >= .warning && status == ExitCode.ok { status = ExitCode.findings }
            }
        }
        return status
    }
}

enum RulesCommand {
    static func run(_ args: [String]) -> Int32 {
        let lang: MessageLanguage = args.contains("en") || args.contains("--lang=en") ? .en : .vi
        for r in RuleRegistry.all {
            let m = r.metadata
            let regimes = m.regimes.map(\.rawValue).sorted().joined(separator: ",")
            IO.stdout.line("\(m.code)  \(m.name)  \(m.severity.rawValue)  [\(regimes)]  \(m.summary.text(lang))  (\(m.source))")
        }
        return ExitCode.ok
    }
}

enum ExplainCommand {
    static func run(_ args: [String]) -> Int32 {
        let lang: MessageLanguage = args.contains("en") || args.contains("--lang=en") ? .en : .vi
        guard let key = args.first(where: { !$0.hasPrefix("-") && $0 != "en" && $0 != "vi" }) else {
            IO.stderr.line("vblint explain: thiếu mã quy tắc (missing rule code)")
            return ExitCode.usage
        }
        guard let r = RuleRegistry.rule(named: key) else {
            IO.stderr.line("vblint explain: không có quy tắc '\(key)' (no such rule)")
            return ExitCode.usage
        }
        IO.stdout.write(RuleDocs.render(r.metadata, lang: lang))
        return ExitCode.ok
    }
}
