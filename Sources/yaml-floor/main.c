// yaml-floor: the least any YAML reader can cost. Parses every .yaml and .yml file under the
// given folders with the system libyaml's event API (libyaml-dev) and builds nothing, so that
// flowc-bench can print flowc's time on the same files as a multiple of it.
//
//     yaml-floor FOLDER...      prints "FILES files, BYTES bytes, EVENTS events"; exits 1 on a
//                               file libyaml cannot read
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

static long files, bytes, events;

/// Parses one file to its last event; 0 when libyaml read it all.
static int parse(const char *path) {
    FILE *input = fopen(path, "rb");
    if (!input) { perror(path); return 1; }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, input);
    int failed = 0, done = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "cannot parse");
            failed = 1;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    bytes += ftell(input);
    files++;
    yaml_parser_delete(&parser);
    fclose(input);
    return failed;
}

static int visit(const char *path, const struct stat *info, int type, struct FTW *where) {
    (void)info; (void)where;
    size_t length = strlen(path);
    if (type != FTW_F) return 0;
    if ((length > 5 && strcmp(path + length - 5, ".yaml") == 0) || (length > 4 && strcmp(path + length - 4, ".yml") == 0)) {
        return parse(path);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: yaml-floor FOLDER...\n"); return 2; }
    for (int index = 1; index < argc; index++) {
        if (nftw(argv[index], visit, 16, FTW_PHYS) != 0) return 1;
    }
    printf("%ld files, %ld bytes, %ld events\n", files, bytes, events);
    return 0;
}
