import VanBan
import VanBanLint

/// `vblint rules [--format text|json] [--lang vi|en]`: every rule.
enum RulesCommand {
    static func run(_ args: [String]) -> Int32 {
        let lang = CLI.language(args)
        var format = "text"
        var i = 0
        while i < args.count {
            let a = args[i]
            i += 1
            switch a {
            case "--help", "-h":
                IO.stdout.line(lang == .vi ? "Cách dùng: vblint rules [--format text|json] [--lang vi|en]\nLiệt kê mọi quy tắc: mã, tên, mức độ, sửa tự động, chế độ áp dụng, tóm tắt, căn cứ."
                                           : "Usage: vblint rules [--format text|json] [--lang vi|en]\nLists every rule: code, name, severity, fix, regimes, summary, legal source.")
                return ExitCode.ok
            case "--format": format = i < args.count ? args[i] : ""; i += 1
            case "--lang": i += 1
            default:
                if a.hasPrefix("--format=") { format = String(a.dropFirst(9)) }
                else if a.hasPrefix("--lang=") { continue }
                else {
                    IO.stderr.line(lang == .vi ? "vblint rules: tham số không rõ '\(a)'" : "vblint rules: unknown argument '\(a)'")
                    return ExitCode.usage
                }
            }
        }
        let rules = RuleRegistry.all.map { $0.metadata }
        switch format {
        case "json":
            var w = JSONWriter(capacity: 1 << 14)
            w.beginArray()
            for m in rules {
                w.beginObject()
                w.key("code"); w.string(m.code)
                w.key("name"); w.string(m.name)
                w.key("severity"); w.string(m.severity.rawValue)
                w.key("fix"); w.string(m.fixSafety?.rawValue)
                w.key("regimes"); w.beginArray(); for r in m.regimes.map(\.rawValue).sorted() { w.string(r) }; w.endArray()
                w.key("appliesToNonDocuments"); w.bool(m.appliesToNonDocuments)
                w.key("summary"); w.string(m.summary.text(lang))
                w.key("source"); w.string(m.source)
                w.key("url"); w.string(m.documentationURL)
                w.endObject()
            }
            w.endArray()
            IO.stdout.write(w.bytes)
            IO.stdout.write("\n")
        case "text":
            let header = lang == .vi ? ["MÃ", "TÊN", "MỨC", "SỬA", "CHẾ ĐỘ", "TÓM TẮT (CĂN CỨ)"] : ["CODE", "NAME", "LEVEL", "FIX", "REGIMES", "SUMMARY (SOURCE)"]
            var rows = [header]
            for m in rules {
                rows.append([m.code, m.name, m.severity.rawValue, m.fixSafety?.rawValue ?? "-",
                             m.regimes.map(\.rawValue).sorted().joined(separator: ","), "\(m.summary.text(lang)) (\(m.source))"])
            }
            var widths = [Int](repeating: 0, count: header.count)
            for r in rows { for (k, c) in r.enumerated() { widths[k] = max(widths[k], c.unicodeScalars.count) } }
            for r in rows {
                var line = ""
                for (k, c) in r.enumerated() {
                    line += c
                    if k < r.count - 1 { line += String(repeating: " ", count: widths[k] - c.unicodeScalars.count + 2) }
                }
                IO.stdout.line(line)
            }
        default:
            IO.stderr.line("vblint rules: --format text|json")
            return ExitCode.usage
        }
        return ExitCode.ok
    }
}

/// `vblint explain CODE [--lang vi|en]`: a rule's documentation.
enum ExplainCommand {
    static func run(_ args: [String]) -> Int32 {
        let lang = CLI.language(args)
        if CLI.wantsHelp(args) {
            IO.stdout.line(lang == .vi ? "Cách dùng: vblint explain MÃ [--lang vi|en]\nGiải thích một quy tắc (mã như VB104 hoặc tên): căn cứ, lý do, ví dụ sai và đúng."
                                       : "Usage: vblint explain CODE [--lang vi|en]\nExplains a rule (a code such as VB104, or a name): source, reason, wrong and right examples.")
            return ExitCode.ok
        }
        var keys: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--lang" { i += 2; continue }
            if !args[i].hasPrefix("-") { keys.append(args[i]) }
            i += 1
        }
        guard !keys.isEmpty else {
            IO.stderr.line(lang == .vi ? "vblint explain: thiếu mã quy tắc (ví dụ: vblint explain VB009)" : "vblint explain: missing rule code (e.g. vblint explain VB009)")
            return ExitCode.usage
        }
        var status = ExitCode.ok
        for (k, key) in keys.enumerated() {
            guard let r = RuleRegistry.rule(named: key) else {
                IO.stderr.line(lang == .vi ? "vblint explain: không có quy tắc '\(key)' (xem: vblint rules)" : "vblint explain: no rule '\(key)' (see: vblint rules)")
                status = ExitCode.usage
                continue
            }
            if k > 0 { IO.stdout.write("\n") }
            IO.stdout.write(RuleDocs.render(r.metadata, lang: lang))
        }
        return status
    }
}
