#if canImport(Glibc)
import Glibc
#endif

/// Finds drafts (.txt, .md) under the given paths, skipping hidden entries
/// and whatever `exclude` rejects. Sorted, so output order is
/// deterministic. Symlink loops are cut by remembering each folder's
/// device and inode.
enum FileWalker {
    static let extensions = [".txt", ".md", ".markdown"]

    static func isDraft(_ name: String) -> Bool {
        let lower = name.lowercased()
        return extensions.contains { lower.hasSuffix($0) }
    }

    static func drafts(in paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths {
            if IO.isDirectory(p) { out += walk(p, exclude: { _, _ in false }).files } else { out.append(p) }
        }
        return out
    }

    /// Files under `root`, and folders that could not be read.
    static func walk(_ root: String, exclude: (String, Bool) -> Bool) -> (files: [String], unreadable: [String]) {
        var files: [String] = []
        var unreadable: [String] = []
        var seen = Set<String>()
        walk(root, exclude, &files, &unreadable, &seen, depth: 0)
        return (files, unreadable)
    }

    private static func walk(_ dir: String, _ exclude: (String, Bool) -> Bool, _ out: inout [String],
                             _ unreadable: inout [String], _ seen: inout Set<String>, depth: Int) {
        guard depth < 128 else { return }
        var st = stat()
        guard stat(dir, &st) == 0 else { unreadable.append(dir); return }
        let key = "\(st.st_dev):\(st.st_ino)"
        guard seen.insert(key).inserted else { return }  // symlink loop or a folder reached twice
        guard let d = opendir(dir) else { unreadable.append(dir); return }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if IO.isDirectory(path) {
                if !exclude(path, true) { walk(path, exclude, &out, &unreadable, &seen, depth: depth + 1) }
            } else if isDraft(name) && !exclude(path, false) {
                out.append(path)
            }
        }
    }
}
