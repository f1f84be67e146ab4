#if canImport(Glibc)
import Glibc
#endif
import VanBan
import VanBanLint

signal(SIGPIPE, SIG_IGN)
let args = Array(CommandLine.arguments.dropFirst())
let code = CLI.run(args)
IO.stdout.flush()
IO.stderr.flush()
exit(code)
