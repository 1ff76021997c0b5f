<?php
// Installs WordPress into the database wp-config.php names, without a
// browser. Usage: php install.php DOCROOT URL
// Prints shell assignments (users, application passwords) for the env file.
define('WP_INSTALLING', true);
$docroot = $argv[1];
$_SERVER['HTTP_HOST'] = parse_url($argv[2], PHP_URL_HOST) . ':' . parse_url($argv[2], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

$admin_password = wp_generate_password(24, false);
$result = wp_install('Byline Test Site', 'admin', 'admin@example.invalid', false, '', $admin_password);
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Europe/Oslo');
update_option('comment_moderation', 1);
update_option('comment_registration', 0);
update_option('require_name_email', 1);
flush_rewrite_rules(false);

function byline_user($login, $role) {
    $id = wp_insert_user(array(
        'user_login' => $login,
        'user_pass' => wp_generate_password(24, false),
        'user_email' => $login . '@example.invalid',
        'display_name' => ucfirst($login) . ' Tester',
        'role' => $role,
    ));
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    $created = WP_Application_Passwords::create_new_application_password($id, array('name' => 'byline-tests'));
    if (is_wp_error($created)) {
        fwrite(STDERR, $created->get_error_message() . "\n");
        exit(1);
    }
    return array($id, $created[0]);
}

list($editor_id, $editor_pw) = byline_user('editor', 'editor');
list($author_id, $author_pw) = byline_user('author', 'author');

// One published post of the author's, for comments.
$post_id = wp_insert_post(array(
    'post_title' => 'Comments welcome',
    'post_content' => '<p>Say something.</p>',
    'post_status' => 'publish',
    'post_author' => $author_id,
));

printf("BYLINE_WP_EDITOR_ID=%d\n", $editor_id);
printf("BYLINE_WP_EDITOR_PASSWORD='%s'\n", $editor_pw);
printf("BYLINE_WP_AUTHOR_ID=%d\n", $author_id);
printf("BYLINE_WP_AUTHOR_PASSWORD='%s'\n", $author_pw);
printf("BYLINE_WP_COMMENT_POST=%d\n", $post_id);
