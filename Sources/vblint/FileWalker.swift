#if canImport(Glibc)
import Glibc
#endif

/// Finds drafts (.txt, .md) under the given paths, skipping hidden entries.
/// Sorted, so output order is deterministic.
enum FileWalker {
    static let extensions = [".txt", ".md", ".markdown"]

    static func drafts(in paths: [String]) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for p in paths {
            if IO.isDirectory(p) { walk(p, &out, &seen, depth: 0) } else { out.append(p) }
        }
        return out
    }

    static func walk(_ dir: String, _ out: inout [String], _ seen: inout Set<String>, depth: Int) {
        guard depth < 64 else { return }
        var st = stat()
        guard stat(dir, &st) == 0 else { return }
        let key = "\(st.st_dev):\(st.st_ino)"
        guard seen.insert(key).inserted else { return }  // symlink loop
        guard let d = opendir(dir) else { return }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if IO.isDirectory(path) { walk(path, &out, &seen, depth: depth + 1) }
            else if extensions.contains(where: { name.lowercased().hasSuffix($0) }) { out.append(path) }
        }
    }
}
