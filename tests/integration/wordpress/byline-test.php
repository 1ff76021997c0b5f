<?php
/*
 * Plugin Name: Byline test site
 * Description: Must-use plugin of Byline's integration tests: anonymous REST
 *   comments (as a site with a public comment form has) and the post meta
 *   Byline uses when a site registers it (see README, "WordPress").
 */

add_filter('rest_allow_anonymous_comments', '__return_true');

add_action('init', function () {
    $auth = function () {
        return current_user_can('edit_posts');
    };
    register_post_meta('post', 'byline_uuid', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => $auth,
    ));
    register_post_meta('post', 'byline_dateline', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => $auth,
    ));
    register_post_meta('post', 'byline_bylines', array(
        'type' => 'array',
        'single' => true,
        'show_in_rest' => array('schema' => array('type' => 'array', 'items' => array('type' => 'string'))),
        'auth_callback' => $auth,
    ));
});

// No flood check between test comments.
add_filter('wp_is_comment_flood', '__return_false', 100);
