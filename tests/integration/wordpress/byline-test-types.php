<?php
/*
 * Plugin Name: Byline test site: another post type
 * Description: Must-use plugin of Byline's integration tests only (not for
 *   newsrooms): a public "liveblog" post type open for comments, as sites
 *   have live blogs, events or podcasts beside posts and pages.
 */

add_action('init', function () {
    register_post_type('liveblog', array(
        'label' => 'Live blogs',
        'public' => true,
        'show_in_rest' => true,
        'supports' => array('title', 'editor', 'comments'),
    ));
});
