/*
 * loadgen: the load generator and start-up timer of bench/run.sh (Linux, C, one thread).
 *
 *   loadgen rate URL RPS SECONDS [HEADER:VALUE]
 *   -> rate=2000/s requests=60000 achieved=2000/s errors=0 p50=0.310ms p99=0.900ms p99.9=2.100ms max=4.000ms
 *   loadgen startup URL STATUS HEADER:VALUE|- -- COMMAND ARGS...
 *   -> startup_ms=812   (from starting COMMAND to the first answer with STATUS; COMMAND is then stopped)
 *
 * rate: request i is due at start + i/RPS and goes to keep-alive connection i mod 32; latency runs from that
 * due time to the end of the answer, so a stall (in the service or in the network) shows in the
 * percentiles instead of silently lowering the rate: coordinated omission is corrected as wrk2 does.
 * One thread, epoll and a timerfd, no allocation while running: the generator itself adds as little
 * CPU and scheduling noise as possible to the 2-core machine it shares with the service.
 * Errors: connection failures and 5xx answers are counted; the run goes on.
 * Why C: on a 2-core machine a JVM load generator's own threads, JIT and GC add a tail of tens of
 * milliseconds to whatever it measures (bench/results/2026-11-21.md compares them).
 * startup: polls every 5 ms with a new connection, so the time includes the first request's own work.
 * Build: cc -O2 -o loadgen loadgen.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <signal.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CONNECTIONS 32
#define BUFSZ 65536

struct conn {
    int fd;
    long *queue;      /* request numbers waiting on this connection, ring buffer */
    long head, tail;  /* queue[head % cap] is in flight when busy */
    int busy;
    char buf[BUFSZ];
    size_t len;
};

static struct sockaddr_in addr;
static char request[4096];
static size_t request_len;
static long total, cap, done_count, errors;
static int64_t start_ns, interval_ns;
static int64_t *latencies;
static int epfd;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void open_conn(struct conn *c) {
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(c->fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
        perror("connect");
        exit(2);
    }
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
    epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
    c->len = 0;
}

static void send_next(struct conn *c) {
    if (c->busy || c->head == c->tail) {
        return;
    }
    c->busy = 1;
    size_t off = 0;
    while (off < request_len) {
        ssize_t n = write(c->fd, request + off, request_len - off);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            errors++;
            return;
        }
        off += (size_t) n;
    }
}

static void finish(struct conn *c, int status) {
    long i = c->queue[c->head % cap];
    latencies[i] = now_ns() - (start_ns + i * interval_ns);
    if (status >= 500 || status <= 0) errors++;
    c->head++;
    c->busy = 0;
    done_count++;
    send_next(c);
}

/* Returns the length of one complete answer at the start of buf, or 0 if more bytes are needed. */
static size_t complete(const char *buf, size_t len, int *status) {
    const char *end = memmem(buf, len, "\r\n\r\n", 4);
    if (!end) return 0;
    size_t head = (size_t) (end - buf) + 4;
    *status = atoi(buf + 9);
    long body = 0;
    int chunked = 0;
    for (const char *p = buf; p && p < end; p = memchr(p, '\n', (size_t) (end - p))) {
        p += (*p == '\n');
        if (strncasecmp(p, "content-length:", 15) == 0) body = atol(p + 15);
        if (strncasecmp(p, "transfer-encoding:", 18) == 0) {
            const char *chunk = strcasestr(p, "chunked");
            chunked = chunk && chunk < end;
        }
    }
    if (chunked) {
        const char *term = memmem(buf + head, len - head, "0\r\n\r\n", 5);
        return term ? (size_t) (term - buf) + 5 : 0;
    }
    return len >= head + (size_t) body ? head + (size_t) body : 0;
}

static void on_readable(struct conn *c) {
    ssize_t n = read(c->fd, c->buf + c->len, BUFSZ - c->len);
    if (n <= 0) {
        if (n < 0 && errno == EINTR) return;
        /* closed: fail what is in flight, reconnect, go on with the queue */
        epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
        close(c->fd);
        open_conn(c);
        if (c->busy) finish(c, -1);
        return;
    }
    c->len += (size_t) n;
    int status;
    size_t used;
    while (c->busy && (used = complete(c->buf, c->len, &status)) > 0) {
        memmove(c->buf, c->buf + used, c->len - used);
        c->len -= used;
        finish(c, status);
    }
}

static int cmp(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

static double pct(double q) {
    long i = (long) (q * total + 0.999999) - 1;
    if (i < 0) i = 0;
    if (i >= total) i = total - 1;
    return latencies[i] / 1e6;
}

/* Sets addr and request from URL and an optional extra header line. */
static void prepare(const char *url, const char *header) {
    char host[256], path[2048] = "/";
    int port = 80;
    if (sscanf(url, "http://%255[^:/]:%d%2047s", host, &port, path) < 2
            && sscanf(url, "http://%255[^:/]%2047s", host, path) < 1) {
        fprintf(stderr, "URL must be http://host[:port]/path\n");
        exit(2);
    }
    struct hostent *he = gethostbyname(host);
    if (!he) {
        fprintf(stderr, "unknown host %s\n", host);
        exit(2);
    }
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t) port);
    memcpy(&addr.sin_addr, he->h_addr_list[0], sizeof addr.sin_addr);
    request_len = (size_t) snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: %s:%d\r\n%s%sConnection: keep-alive\r\n\r\n",
            path, host, port, header ? header : "", header ? "\r\n" : "");
}

/* One request on a new connection; returns the status, or -1 when nothing answers yet. */
static int probe(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int status = -1;
    if (connect(fd, (struct sockaddr *) &addr, sizeof addr) == 0 && write(fd, request, request_len) == (ssize_t) request_len) {
        char buf[64] = {0};
        size_t len = 0;
        ssize_t n;
        while (len < 12 && (n = read(fd, buf + len, sizeof buf - 1 - len)) > 0) {
            len += (size_t) n;
        }
        if (len >= 12) {
            status = atoi(buf + 9);
        }
    }
    close(fd);
    return status;
}

static int startup(int argc, char **argv) {
    if (argc < 7 || strcmp(argv[5], "--") != 0) {
        fprintf(stderr, "usage: loadgen startup URL STATUS HEADER:VALUE|- -- COMMAND ARGS...\n");
        return 2;
    }
    prepare(argv[2], strcmp(argv[4], "-") == 0 ? NULL : argv[4]);
    int want = atoi(argv[3]);
    int64_t t0 = now_ns();
    pid_t child = fork();
    if (child == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execvp(argv[6], argv + 6);
        _exit(127);
    }
    int code = 1;
    while (now_ns() - t0 < 60000000000LL) {
        if (probe() == want) {
            printf("startup_ms=%.0f\n", (now_ns() - t0) / 1e6);
            code = 0;
            break;
        }
        if (waitpid(child, NULL, WNOHANG) == child) {
            fprintf(stderr, "the command exited before answering\n");
            return 1;
        }
        struct timespec pause = {0, 5000000};
        nanosleep(&pause, NULL);
    }
    if (code) fprintf(stderr, "no answer with status %d within 60 s\n", want);
    kill(child, SIGTERM);
    for (int i = 0; i < 200 && waitpid(child, NULL, WNOHANG) == 0; i++) {
        struct timespec pause = {0, 100000000};
        nanosleep(&pause, NULL);
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    return code;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "startup") == 0) {
        return startup(argc, argv);
    }
    if (argc < 5 || strcmp(argv[1], "rate") != 0) {
        fprintf(stderr, "usage: loadgen rate URL RPS SECONDS [HEADER:VALUE]\n       loadgen startup URL STATUS HEADER:VALUE|- -- COMMAND ARGS...\n");
        return 2;
    }
    prepare(argv[2], argc > 5 ? argv[5] : NULL);
    long rps = atol(argv[3]), seconds = atol(argv[4]);

    total = rps * seconds;
    interval_ns = 1000000000LL / rps;
    latencies = calloc((size_t) total, sizeof *latencies);
    cap = total / CONNECTIONS + 2;  /* each connection gets every 32nd request: its queue never wraps */
    static struct conn conns[CONNECTIONS];
    epfd = epoll_create1(0);
    for (int c = 0; c < CONNECTIONS; c++) {
        conns[c].queue = calloc((size_t) cap, sizeof(long));
        open_conn(&conns[c]);
    }

    int tfd = timerfd_create(CLOCK_MONOTONIC, 0);
    struct itimerspec its = {.it_interval = {0, interval_ns}, .it_value = {0, interval_ns}};
    start_ns = now_ns() + interval_ns;
    timerfd_settime(tfd, 0, &its, NULL);
    struct epoll_event tev = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(epfd, EPOLL_CTL_ADD, tfd, &tev);

    long issued = 0;
    struct epoll_event events[CONNECTIONS + 1];
    while (done_count < total) {
        int n = epoll_wait(epfd, events, CONNECTIONS + 1, 1000);
        for (int e = 0; e < n; e++) {
            if (events[e].data.ptr == NULL) {
                uint64_t ticks;
                if (read(tfd, &ticks, sizeof ticks) < 0) continue;
                /* issue every request whose due time has passed, whatever the timer's jitter */
                int64_t t = now_ns();
                while (issued < total && start_ns + issued * interval_ns <= t) {
                    struct conn *c = &conns[issued % CONNECTIONS];
                    c->queue[c->tail % cap] = issued;
                    c->tail++;
                    issued++;
                    send_next(c);
                }
                if (issued == total) {
                    epoll_ctl(epfd, EPOLL_CTL_DEL, tfd, NULL);
                }
            } else {
                on_readable(events[e].data.ptr);
            }
        }
    }
    double elapsed = (now_ns() - start_ns) / 1e9;
    qsort(latencies, (size_t) total, sizeof *latencies, cmp);
    printf("rate=%ld/s requests=%ld achieved=%.0f/s errors=%ld p50=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms\n",
            rps, total, total / elapsed, errors, pct(0.50), pct(0.99), pct(0.999), latencies[total - 1] / 1e6);
    return 0;
}
