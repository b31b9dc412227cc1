"""The Python code the engine's templates compile to: two of Jinja's run-time steps left out.

Jinja writes every `{{ value }}` as `escape(finalize(value))` and every call in a template as
`context.call(function, ...)`. Both are a fifth of render time at 1,000 pages, and in this
environment neither changes a page:

- `finalize` (render._finalize) escapes every value as Markdown and returns `Markup`, so
  `escape` only copies it into a new `Markup` (two `hasattr` and an allocation a value).
- `context.call` looks for Jinja's `pass_context` mark on the function (two failed attribute
  look-ups a call) to decide whether to pass the template's context. No function the templates
  call takes one: the engine's helpers are plain functions and methods, and a macro called
  without an evaluation context escapes as its environment does (`Macro.__call__`), which for
  an environment that always escapes is what the context would say.

Where a template switches escaping itself (`{% autoescape %}`, a "volatile" context) Jinja's own
code is written. The environment's options name this class (`bytecode.options_tag`), so code
compiled by another generator is never taken from the shipped or cached code.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst


class DirectCalls(CodeGenerator):
    """Jinja's code generator, calling functions directly and not escaping finalized values
    again. Only for an environment whose `finalize` always returns `Markup`."""

    _comma_dropped = False  # the next write is a call's first argument: its ", " goes

    def _plain(self, frame: Frame) -> bool:
        """Whether escaping here is the environment's own, always on."""
        env = self.environment
        return (frame.eval_ctx.autoescape and not frame.eval_ctx.volatile
                and env.finalize is not None and not env.is_async and not env.sandboxed)

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if self._plain(frame):
            self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if self._plain(frame):
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)

    @optimizeconst  # as Jinja's: a call it can evaluate now is written as its value
    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        if not self._plain(frame):
            return super().visit_Call(node, frame, forward_caller=forward_caller)
        self.visit(node.node, frame)
        self.write("(")
        # `signature` writes ", " before each argument (it follows the function in Jinja's
        # `context.call(function, ...)`); the loop's and block's variables it adds are for a
        # function that takes the context, so none are passed.
        self._comma_dropped = True
        self.signature(node, frame, {"caller": "caller"} if forward_caller else None)
        self._comma_dropped = False
        self.write(")")

    def write(self, x: str) -> None:
        if self._comma_dropped:
            self._comma_dropped = False
            x = x.removeprefix(", ")
        super().write(x)
