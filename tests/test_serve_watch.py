"""Under `mkdocs serve`, a small watched folder (the briefing's data) is polled every 0.1 s, so
an edit's rebuild starts sooner; a large one keeps MkDocs' half second."""

from __future__ import annotations

from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from briefing.adapter import serving


def _intervals(server: LiveReloadServer) -> dict[str, float]:
    return {emitter.watch.path: emitter.timeout for emitter in server.observer.emitters}


def test_small_watched_folders_are_polled_quickly_and_large_ones_are_not(tmp_path: Path) -> None:
    data, hooks = tmp_path / "data", tmp_path / "hooks"
    data.mkdir()
    (data / "people.yml").write_text("[]\n", encoding="utf-8")
    hooks.mkdir()
    for number in range(serving.SMALL_FOLDER + 1):
        (hooks / f"module_{number}.py").write_text("", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.server_close()  # never serves: its socket is not needed
    for folder in (data, hooks):
        server.watch(str(folder))
    assert _intervals(server) == {str(data): 0.5, str(hooks): 0.5}  # MkDocs' own
    watcher = serving.Rewatcher(server, [str(data), str(hooks)])
    watcher.poll()
    assert _intervals(server) == {str(data): serving.QUICK_POLL_SECONDS, str(hooks): 0.5}
    # Watched again (it vanished and came back): a new emitter, polled quickly again.
    server.unwatch(str(data))
    server.watch(str(data))
    watcher.poll()
    assert _intervals(server)[str(data)] == serving.QUICK_POLL_SECONDS
