#ifndef CLAIMS_CEDITLINE_SHIM_H
#define CLAIMS_CEDITLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <signal.h>
#include <editline/readline.h>

/* Swift 6 strict concurrency rejects direct use of mutable C globals;
   these accessors keep every touch of libedit's globals on the C side. */
static inline FILE *ceditline_stdin(void) { return stdin; }
static inline FILE *ceditline_stdout(void) { return stdout; }
static inline FILE *ceditline_stderr(void) { return stderr; }
static inline void ceditline_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void ceditline_set_completion_append(int c) { rl_completion_append_character = c; }
static inline const char *ceditline_line_buffer(void) { return rl_line_buffer; }
static inline int ceditline_point(void) { return rl_point; }
static inline void ceditline_set_attempted_over(int v) { rl_attempted_completion_over = v; }
static inline void ceditline_set_word_break(const char *s) { rl_basic_word_break_characters = (char *)s; }
static inline void ceditline_set_name(const char *s) { rl_readline_name = (char *)s; }
static inline void ceditline_set_catch_signals(int v) { (void)v; }
#endif
