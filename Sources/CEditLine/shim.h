#ifndef CLAIMS_CEDITLINE_SHIM_H
#define CLAIMS_CEDITLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <editline/readline.h>

/* Swift 6 strict concurrency rejects direct use of mutable C globals;
   these accessors keep every touch of libedit's globals on the C side. */
static inline void ceditline_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void ceditline_set_completion_append(int c) { rl_completion_append_character = c; }
static inline const char *ceditline_line_buffer(void) { return rl_line_buffer; }
static inline int ceditline_point(void) { return rl_point; }
static inline void ceditline_set_attempted_over(int v) { rl_attempted_completion_over = v; }
static inline void ceditline_set_word_break(const char *s) { rl_basic_word_break_characters = (char *)s; }
static inline const char *ceditline_last_history(void) {
    HIST_ENTRY *e = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    return e ? e->line : NULL;
}
static inline void ceditline_set_name(const char *s) { rl_readline_name = (char *)s; }

/* Ctrl-C: the handler only sets a flag. readline() then returns NULL (as at EOF), and the
   shell tells the two apart with the flag; long commands poll it and stop. */
static volatile sig_atomic_t ceditline_sigint_flag = 0;
static void ceditline_on_sigint(int sig) { (void)sig; ceditline_sigint_flag = 1; }
static inline void ceditline_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ceditline_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns so readline() gives up the line */
    sigaction(SIGINT, &sa, NULL);
}
static inline int ceditline_take_sigint(void) { int v = ceditline_sigint_flag; ceditline_sigint_flag = 0; return v; }
static inline int ceditline_peek_sigint(void) { return ceditline_sigint_flag; }
#endif
