/// A unified diff (`--diff`) that `patch -p0` applies: Myers' O(ND)
/// algorithm over lines, 3 lines of context, `\ No newline at end of file`
/// where needed.
enum UnifiedDiff {
    enum Op { case equal, delete, insert }

    /// Lines with their terminators.
    static func lines(_ b: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for i in 0..<b.count where b[i] == 0x0A {
            out.append(b[start...i])
            start = i + 1
        }
        if start < b.count { out.append(b[start...]) }
        return out
    }

    /// The edit script turning `a` into `b`.
    static func script(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
        var pre = 0
        while pre < a.count && pre < b.count && a[pre] == b[pre] { pre += 1 }
        var suf = 0
        while suf < a.count - pre && suf < b.count - pre && a[a.count - 1 - suf] == b[b.count - 1 - suf] { suf += 1 }
        let x = Array(a[pre..<(a.count - suf)]), y = Array(b[pre..<(b.count - suf)])
        var ops = [Op](repeating: .equal, count: pre)
        ops += middle(x, y)
        ops += [Op](repeating: .equal, count: suf)
        return ops
    }

    private static func middle(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
        let n = a.count, m = b.count
        if n == 0 { return [Op](repeating: .insert, count: m) }
        if m == 0 { return [Op](repeating: .delete, count: n) }
        let maxD = min(n + m, 2000)
        let off = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maxD {
            // Only the diagonals reachable in round d: index k + d + 1.
            trace.append(Array(v[(off - d - 1)...(off + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) { x = v[off + k + 1] } else { x = v[off + k - 1] + 1 }
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[off + k] = x
                if x >= n && y >= m { found = true; break outer }
            }
        }
        guard found else {
            return [Op](repeating: .delete, count: n) + [Op](repeating: .insert, count: m)
        }
        // Backtrack.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if d == 0 {
                while x > 0 && y > 0 { ops.append(.equal); x -= 1; y -= 1 }
                break
            }
            let o = d + 1
            if k == -d || (k != d && vd[o + k - 1] < vd[o + k + 1]) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = vd[o + prevK], prevY = prevX - prevK
            while x > prevX && y > prevY { ops.append(.equal); x -= 1; y -= 1 }
            if x == prevX { ops.append(.insert) } else { ops.append(.delete) }
            x = prevX; y = prevY
        }
        return ops.reversed()
    }

    /// The diff, or nil when the texts are equal.
    static func render(old: [UInt8], new: [UInt8], oldName: String, newName: String, context: Int = 3) -> [UInt8]? {
        if old == new { return nil }
        let a = lines(old), b = lines(new)
        let ops = script(a, b)
        // Positions in a and b before each op.
        var ai = [Int](), bi = [Int]()
        ai.reserveCapacity(ops.count); bi.reserveCapacity(ops.count)
        var x = 0, y = 0
        for op in ops {
            ai.append(x); bi.append(y)
            switch op {
            case .equal: x += 1; y += 1
            case .delete: x += 1
            case .insert: y += 1
            }
        }
        var out: [UInt8] = Array("--- \(oldName)\n+++ \(newName)\n".utf8)
        var i = 0
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { $0 != .equal }) else { break }
            let start = max(i, firstChange - context)
            var end = firstChange
            // Extend while the next change is within 2*context equal lines.
            var j = firstChange
            while j < ops.count {
                if ops[j] != .equal { end = j + 1; j += 1; continue }
                var k = j
                while k < ops.count && ops[k] == .equal { k += 1 }
                if k < ops.count && k - j <= 2 * context { j = k; continue }
                break
            }
            let stop = min(ops.count, end + context)
            var oldCount = 0, newCount = 0
            for op in ops[start..<stop] {
                if op != .insert { oldCount += 1 }
                if op != .delete { newCount += 1 }
            }
            let oldStart = oldCount == 0 ? ai[start] : ai[start] + 1
            let newStart = newCount == 0 ? bi[start] : bi[start] + 1
            out += Array("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n".utf8)
            for k in start..<stop {
                let line: ArraySlice<UInt8>
                switch ops[k] {
                case .equal: out.append(0x20); line = a[ai[k]]
                case .delete: out.append(0x2D); line = a[ai[k]]
                case .insert: out.append(0x2B); line = b[bi[k]]
                }
                out += line
                if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
            }
            i = stop
        }
        return out
    }
}
