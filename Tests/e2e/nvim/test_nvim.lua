-- Headless Neovim end-to-end test of vblint lsp, using editors/nvim/vblint.lua.
-- Run: VBLINT_ROOT=. VBLINT_BIN=.build/debug/vblint nvim --headless --clean -i NONE -u NONE -c 'luafile Tests/e2e/nvim/test_nvim.lua'
-- Prints one "ok"/"not ok" line per check and a final "nvim: N passed, M failed";
-- exits 0 only when every check passed.
local root = os.getenv('VBLINT_ROOT') or '.'
local bin = os.getenv('VBLINT_BIN') or (root .. '/.build/debug/vblint')
local passed, failed = 0, 0

local function out(s) io.stdout:write(s .. '\n') end
local function check(name, cond, detail)
  if cond then passed = passed + 1; out('ok - ' .. name)
  else failed = failed + 1; out('not ok - ' .. name .. (detail and (': ' .. vim.inspect(detail)) or '')) end
end
local function finish()
  out(string.format('nvim: %d passed, %d failed', passed, failed))
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd((failed == 0 and passed > 0) and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  package.path = root .. '/editors/nvim/?.lua;' .. package.path
  require('vblint').setup({ cmd = { bin, 'lsp' } })

  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local path = dir .. '/draft.txt'
  local suppression = '<!-- vblint-disable-next-line VB501 -->'
  vim.fn.writefile({ suppression, 'Một câu đúng chính tả.' }, path)
  vim.cmd('edit ' .. path)
  local buf = vim.api.nvim_get_current_buf()

  check('client attached', vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50))
  check('diagnostics arrive', vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50))
  local d = vim.diagnostic.get(buf)[1] or {}
  local lsp = (d.user_data and d.user_data.lsp) or d
  check('VB009 on line 1', lsp.code == 'VB009' and d.lnum == 0, d)
  check('hint severity', d.severity == vim.diagnostic.severity.HINT, d.severity)

  -- Hover on the finding shows the rule's documentation.
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 0, character = 5 } }, 5000) or {}
  local text = ''
  for _, r in pairs(hover) do if r.result then text = r.result.contents.value end end
  check('hover shows rule docs', text:find('VB009', 1, true) ~= nil, text)

  -- Apply the quick fix through the normal code action UI (choice: first).
  vim.ui.select = function(items, _, on_choice) on_choice(items[1], 1) end
  vim.api.nvim_win_set_cursor(0, { 1, 3 })
  vim.lsp.buf.code_action()
  check('code action edits the buffer', vim.wait(10000, function()
    return vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1] == ''
  end, 50), vim.api.nvim_buf_get_lines(buf, 0, -1, false))
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  check('buffer after the fix', #lines == 2 and lines[1] == '' and lines[2] == 'Một câu đúng chính tả.', lines)
  check('diagnostics cleared after the edit (incremental sync)',
    vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end, 50), vim.diagnostic.get(buf))

  -- Typing the comment back (unsaved buffer) brings the finding back, on the right line.
  vim.api.nvim_buf_set_lines(buf, 1, 1, false, { 'Dòng thêm 😀 ' .. suppression })
  check('diagnostics follow unsaved edits', vim.wait(10000, function()
    local ds = vim.diagnostic.get(buf)
    return #ds == 1 and ds[1].lnum == 1
  end, 50), vim.diagnostic.get(buf))
  local ds = vim.diagnostic.get(buf)
  local expect_col = #('Dòng thêm 😀 ') -- Neovim diagnostics use byte columns
  check('column correct with emoji', ds[1] and ds[1].col == expect_col, ds[1] and ds[1].col)

  -- Outline.
  local syms = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol',
    { textDocument = { uri = vim.uri_from_bufnr(buf) } }, 5000) or {}
  local got = false
  for _, r in pairs(syms) do if r.result and not r.err then got = true end end
  check('document symbols answered', got, syms)
end)

if not ok then check('test script ran', false, err) end
finish()
