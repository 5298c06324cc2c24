### Privacy tips: concrete settings per service and for the phone.
### The cards and steps are defined in core/src/tips/cards.rs. For each card:
### <card>-title (the service's name), <card>-intro (what the card protects) and one message per step.
### The facts rest on the project's reference notes (public help pages 2023–2026);
### the wording is the app's own. Menus move: say what to look for, not only the path.
### The cards make the guideline's advice concrete (d38049-netiquette-privacy, d38049-netiquette-location)
### and add no rules of their own. British spelling.

## The screen

tips-guideline-heading = The guideline says
tips-cards-heading = Settings per service
tips-as-of = Described as of { $date } from the services’ own help pages
tips-menus-change = Menus change between app versions; if the path looks different on your phone, look for the words in it.
# Visually hidden suffix of the checkbox; its label is the step itself.
tips-step-done = Done
tips-progress = { $done } of { $total } done
tips-reset = Clear the ticks
tips-reset-confirm = Do you want to clear all the ticks?
tips-reset-yes = Yes, clear them
tips-reset-no = No, keep them

## Facebook

tips-facebook-title = Facebook
tips-facebook-intro = Keeps your posts among friends and makes it harder for strangers to find and contact you.
tips-facebook-audience = Open the Privacy Checkup under Settings and privacy, and set the posts you share from now on so that only friends can see them.
tips-facebook-past-posts = Use the option to limit past posts, so that older posts shared beyond your friends become visible to friends only.
tips-facebook-friend-requests = Let only friends of friends send you friend requests.
tips-facebook-lookup = Where you choose who can look you up by your phone number and email address, pick the narrowest option for both.
tips-facebook-restricted = Put people you are friends with, but do not want to share with, on your Restricted list. They then see only what you share publicly.

## Instagram

tips-instagram-title = Instagram
tips-instagram-intro = Lets you choose who follows you and sees what you post, and when you appear in other people's posts.
tips-instagram-private = Turn on a private account under account privacy. People who already follow you stay until you remove them, so go through your followers.
tips-instagram-tags = Under tags and mentions, turn on manual approval, so that no tag of you shows on your profile until you have approved it.
tips-instagram-activity-status = Turn off your activity status, so others cannot see when you are active.

## Snapchat

tips-snapchat-title = Snapchat
tips-snapchat-intro = Keeps your position off the map in Snapchat, so no one can see where you are, including at work.
tips-snapchat-ghost-mode = Open the map (Snap Map) in Snapchat, go to the map settings and turn on Ghost Mode.
tips-snapchat-keep-on = Set Ghost Mode to stay on until you turn it off. Otherwise your position is updated every time you open the app.

## TikTok

tips-tiktok-title = TikTok
tips-tiktok-intro = Limits who sees your videos and stops TikTok from showing your account to people you know.
tips-tiktok-private = Go to Profile › the menu › Settings and privacy › Privacy, and turn on a private account.
tips-tiktok-suggest = Turn off every option where TikTok suggests your account to others.
tips-tiktok-contacts = Turn off syncing of your phone contacts and Facebook friends.
tips-tiktok-downloads = Turn off downloads, so others cannot save your videos.

## X

tips-x-title = X
tips-x-intro = Shows your posts only to followers you approve and limits who can tag you in photos.
tips-x-protect = Open Settings and privacy › Privacy and safety, find audience and tagging, and turn on Protect your posts.
tips-x-photo-tagging = In the same place, let only people you follow, or no one, tag you in photos.

## LinkedIn

tips-linkedin-title = LinkedIn
tips-linkedin-intro = Controls what people outside LinkedIn see of your profile, and whether others see that you have looked at theirs.
tips-linkedin-public-profile = Find visibility under Settings and privacy, edit your public profile and hide what search engines and people who are not signed in need not see.
tips-linkedin-viewing-mode = In the same place, open the profile viewing options and choose private mode if you do not want others to see that you have looked at their profile.

## Strava

tips-strava-title = Strava
tips-strava-intro = Keeps your workouts, and Strava's public heatmap, from showing where you work.
tips-strava-private-activities = In the privacy controls under Settings, set your activities so that only you, or at least only your followers, can see them. Activities only you can see are left out of the heatmap.
tips-strava-privacy-zone = Under map visibility, hide the start and end of activities at your workplace's address (a privacy zone). Those parts are left out of the heatmap too.

## Camera on iPhone

tips-camera-ios-title = Camera on iPhone
tips-camera-ios-intro = Stops your photos from storing where they were taken, so a photo does not give away your workplace.
tips-camera-ios-never = Go to Settings › Privacy & Security › Location Services › Camera and choose Never.
tips-camera-ios-share-options = When you share a photo taken before you changed this, tap Options at the top of the share sheet and turn off the location.

## Camera on Android

tips-camera-android-title = Camera on Android
tips-camera-android-intro = Stops your photos from storing where they were taken, so a photo does not give away your workplace.
tips-camera-android-permission = Go to Settings › Apps › Camera › Permissions › Location and choose Don't allow. The names vary between phone makers.
tips-camera-android-app-info = If the camera is not in the list, touch and hold the camera icon, tap App info and open the permissions from there.

## Location on iPhone

tips-location-ios-title = Location on iPhone
tips-location-ios-intro = Stops apps from tracking where you are while you are at work.
tips-location-ios-off = Go to Settings › Privacy & Security › Location Services and turn the switch off while you are at work.
tips-location-ios-per-app = If you keep Location Services on, set the social media apps in the same list to Never. An app allowed While Using still sees where you are every time you open it.
tips-location-ios-no-control-centre = Use Settings for this: Control Centre on iPhone has no switch for Location Services.
tips-location-ios-after-shift = Turn Location Services back on after work if you need them, for example for maps.

## Location on Android

tips-location-android-title = Location on Android
tips-location-android-intro = Stops apps from tracking where you are while you are at work.
tips-location-android-quick-settings = Swipe down from the top of the screen to open Quick Settings, and tap Location to turn it off. If the tile is missing, add it by editing Quick Settings.
tips-location-android-settings = You can also go to Settings › Location and turn off the main switch. Where the menu is and what it is called vary between phone makers.
tips-location-android-per-app = If you keep location on, open the app location permissions under Settings › Location and set the social media apps to Don't allow. An app allowed only while in use still sees where you are every time you open it.
tips-location-android-after-shift = Turn location back on after work if you need it, for example for maps.
