<?php
// Creates N reader comments with wp_insert_comment(): mixed statuses,
// some spammy, some hostile. Usage: php seed-comments.php DOCROOT URL N [POST]
$docroot = $argv[1];
$_SERVER['HTTP_HOST'] = parse_url($argv[2], PHP_URL_HOST) . ':' . parse_url($argv[2], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

$n = (int) $argv[3];
$post = isset($argv[4]) ? (int) $argv[4] : 0;
if ($post <= 0) {
    $posts = get_posts(array('numberposts' => 1, 'post_status' => 'publish'));
    $post = $posts[0]->ID;
}

$statuses = array('0', '0', '1', 'spam', '0', '1', 'trash');
$names = array('Ingrid', 'Ole', 'Maryam', 'Reza', 'Chen', 'Amara', 'Tomás');
$spam = array(
    'Best CASINO bonus!!! http://spam.invalid/a http://spam.invalid/b http://spam.invalid/c',
    'Cheap pills, visit <a href="http://spam.invalid/pills">here</a> now',
    '<script>alert("x")</script> click me',
);
$t = time() - 86400;
wp_defer_comment_counting(true);
for ($i = 1; $i <= $n; $i++) {
    $spammy = ($i % 5) === 0;
    $status = $spammy ? 'spam' : $statuses[$i % count($statuses)];
    wp_insert_comment(array(
        'comment_post_ID' => $post,
        'comment_author' => $names[$i % count($names)] . " $i",
        'comment_author_email' => "reader$i@example.invalid",
        'comment_author_url' => $spammy ? 'http://spam.invalid/' : '',
        'comment_author_IP' => sprintf('192.0.2.%d', $i % 250 + 1),
        'comment_agent' => "SeedBrowser/$i",
        'comment_content' => $spammy ? $spam[$i % count($spam)] : "Reader comment number $i about the story.",
        'comment_approved' => $status,
        // Site-local and GMT differ (Europe/Oslo), as on a real site.
        'comment_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $t + $i)),
        'comment_date_gmt' => gmdate('Y-m-d H:i:s', $t + $i),
    ));
}
wp_defer_comment_counting(false);
printf("%d\n", $n);
