-- vblint language server for Neovim (0.7 or later).
--
-- Put this file on 'runtimepath' as lua/vblint.lua (or add editors/nvim to
-- package.path) and call, from init.lua:
--
--   require('vblint').setup({
--     cmd = { 'vblint', 'lsp' },               -- path to the binary if not on PATH
--     filetypes = { 'vanban', 'text', 'markdown' },
--     init_options = { lang = 'vi', ignore = {}, select = {} },  -- lang 'en' for English messages
--   })
--
-- Drafts open as `text` (.txt) or `markdown` (.md); `vanban` is offered for
-- files named *.vb.txt. Diagnostics, code actions (quick fixes, "disable for
-- this line", source.fixAll.vblint), hover, outline, folding, go-to-definition,
-- document highlights, inlay hints (weekdays), formatting (safe fixes only) and completion then work with the usual
-- vim.lsp.buf.* mappings.
local M = {}

M.defaults = {
  cmd = { 'vblint', 'lsp' },
  filetypes = { 'vanban', 'text', 'markdown' },
  root_markers = { '.vblint.json', '.git' },
  init_options = {},
  settings = {},
}

local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while dir and dir ~= '' do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. m) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then break end
    dir = parent
  end
  return vim.fn.fnamemodify(path, ':p:h')
end

local clients = {} -- root_dir -> client id (Neovim 0.7 has no vim.lsp.start)

function M.attach(bufnr, opts)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = find_root(name ~= '' and name or vim.fn.getcwd() .. '/x', opts.root_markers)
  local config = {
    name = 'vblint',
    cmd = opts.cmd,
    root_dir = root,
    init_options = opts.init_options,
    settings = opts.settings,
    on_attach = opts.on_attach,
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.get_client_by_id(id).is_stopped() then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

function M.setup(opts)
  opts = vim.tbl_deep_extend('force', M.defaults, opts or {})
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ pattern = { ['.*%.vb%.txt'] = 'vanban' } })
  end
  local group = vim.api.nvim_create_augroup('vblint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args) M.attach(args.buf, opts) end,
  })
  -- Buffers already open when setup() runs.
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(opts.filetypes, vim.bo[b].filetype) then
      M.attach(b, opts)
    end
  end
end

return M
