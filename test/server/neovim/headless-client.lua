-- Neovim as a real LSP client of ece-language-server, run headless by test/server/neovim.test.ts.
-- Written for Debian's Neovim 0.7.2: vim.lsp.start_client + vim.lsp.buf_attach_client (no
-- vim.lsp.start, no vim.lsp.config). Prints one JSON line on stdout: the diagnostics Neovim
-- received for the file and the hover at ECE_HOVER_LINE/ECE_HOVER_CHARACTER (0-based).
local file = vim.env.ECE_FILE
local root = vim.env.ECE_ROOT
local server = vim.env.ECE_SERVER
local quiet_ms = 300

local function emit(value)
  io.stdout:write(vim.fn.json_encode(value) .. '\n')
  io.stdout:flush()
end

local function run()
  local uri = vim.uri_from_fname(file)
  local received = nil
  local last_publish = nil
  local client_id = vim.lsp.start_client({
    name = 'ece',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ece' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result.uri == uri then
          received = result.diagnostics
        end
        last_publish = vim.loop.now()
      end,
    },
  })
  assert(client_id, 'the language server did not start')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'ece'
  assert(vim.lsp.buf_attach_client(0, client_id), 'could not attach the client to the buffer')

  -- The server publishes once per build; wait for a quiet spell after the last publication.
  local settled = vim.wait(20000, function()
    return received ~= nil and vim.loop.now() - last_publish >= quiet_ms
  end, 20)
  assert(settled, 'no diagnostics within 20 s')

  local client = vim.lsp.get_client_by_id(client_id)
  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = tonumber(vim.env.ECE_HOVER_LINE), character = tonumber(vim.env.ECE_HOVER_CHARACTER) },
  }, 10000, 0)
  assert(hover and not hover.err, 'hover failed: ' .. vim.inspect(hover))

  emit({ diagnostics = received, hover = hover.result })
  client.stop()
  vim.wait(3000, function() return client.is_stopped() end, 20)
end

local ok, err = pcall(run)
if not ok then
  emit({ error = tostring(err) })
  vim.cmd('cquit 1')
end
vim.cmd('cquit 0')
